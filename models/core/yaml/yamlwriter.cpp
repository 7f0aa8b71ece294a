// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "yaml/yamlwriter.h"

#include "yaml/yamlreader.h"

#include <yaml.h>

#include <cmath>
#include <memory>

namespace tessera {

namespace {

int appendOutput(void *data, unsigned char *buffer, size_t size)
{
    static_cast<std::string *>(data)->append(reinterpret_cast<const char *>(buffer), size);
    return 1;
}

/** True when `text` written as a plain scalar would read back as something other than this string. */
bool needsQuotes(const std::string &text)
{
    if (text.empty()) {
        return true;
    }
    // Reuse the reader's resolution on a one-scalar document: the two can never disagree.
    nlohmann::json value;
    ParseError error;
    static const YamlReader reader;
    if (!reader.parse(text, value, error)) {
        return true;
    }
    return !value.is_string() || value.get<std::string>() != text;
}

class Emitter
{
public:
    Emitter()
    {
        yaml_emitter_initialize(&m_emitter);
        yaml_emitter_set_output(&m_emitter, &appendOutput, &m_out);
        yaml_emitter_set_unicode(&m_emitter, 1);
        yaml_emitter_set_indent(&m_emitter, 2);
        yaml_emitter_set_width(&m_emitter, -1);
        yaml_emitter_set_break(&m_emitter, YAML_LN_BREAK);
    }
    ~Emitter() { yaml_emitter_delete(&m_emitter); }
    Emitter(const Emitter &) = delete;
    Emitter &operator=(const Emitter &) = delete;

    bool run(const nlohmann::ordered_json &value)
    {
        yaml_event_t event;
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
        if (!send(event)) {
            return false;
        }
        yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1);
        if (!send(event) || !node(value)) {
            return false;
        }
        yaml_document_end_event_initialize(&event, 1);
        if (!send(event)) {
            return false;
        }
        yaml_stream_end_event_initialize(&event);
        return send(event);
    }

    std::string take() { return std::move(m_out); }

private:
    bool send(yaml_event_t &event) { return yaml_emitter_emit(&m_emitter, &event) != 0; }

    bool scalar(const std::string &text, yaml_scalar_style_t style)
    {
        yaml_event_t event;
        const bool plainOk = style == YAML_PLAIN_SCALAR_STYLE || style == YAML_ANY_SCALAR_STYLE;
        yaml_scalar_event_initialize(&event, nullptr, nullptr,
            reinterpret_cast<yaml_char_t *>(const_cast<char *>(text.data())), static_cast<int>(text.size()),
            plainOk ? 1 : 0, plainOk ? 0 : 1, style);
        return send(event);
    }

    bool string(const std::string &text)
    {
        if (text.find('\n') != std::string::npos) {
            // Descriptions and SQL read best as literal blocks; libyaml falls back to quoting
            // by itself where a literal block cannot hold the text (trailing spaces, tabs, ...).
            return scalar(text, YAML_LITERAL_SCALAR_STYLE);
        }
        return scalar(text, needsQuotes(text) ? YAML_SINGLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
    }

    bool node(const nlohmann::ordered_json &value)
    {
        yaml_event_t event;
        switch (value.type()) {
        case nlohmann::ordered_json::value_t::object:
            yaml_mapping_start_event_initialize(
                &event, nullptr, nullptr, 1, value.empty() ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
            if (!send(event)) {
                return false;
            }
            for (const auto &[key, child] : value.items()) {
                if (!string(key) || !node(child)) {
                    return false;
                }
            }
            yaml_mapping_end_event_initialize(&event);
            return send(event);
        case nlohmann::ordered_json::value_t::array:
            yaml_sequence_start_event_initialize(
                &event, nullptr, nullptr, 1, value.empty() ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
            if (!send(event)) {
                return false;
            }
            for (const auto &child : value) {
                if (!node(child)) {
                    return false;
                }
            }
            yaml_sequence_end_event_initialize(&event);
            return send(event);
        case nlohmann::ordered_json::value_t::string:
            return string(value.get_ref<const std::string &>());
        case nlohmann::ordered_json::value_t::boolean:
            return scalar(value.get<bool>() ? "true" : "false", YAML_PLAIN_SCALAR_STYLE);
        case nlohmann::ordered_json::value_t::null:
        case nlohmann::ordered_json::value_t::discarded:
            return scalar("null", YAML_PLAIN_SCALAR_STYLE);
        case nlohmann::ordered_json::value_t::number_float: {
            const double d = value.get<double>();
            if (std::isnan(d)) {
                return scalar(".nan", YAML_PLAIN_SCALAR_STYLE);
            }
            if (std::isinf(d)) {
                return scalar(d > 0 ? ".inf" : "-.inf", YAML_PLAIN_SCALAR_STYLE);
            }
            return scalar(value.dump(), YAML_PLAIN_SCALAR_STYLE);
        }
        case nlohmann::ordered_json::value_t::number_integer:
        case nlohmann::ordered_json::value_t::number_unsigned:
        case nlohmann::ordered_json::value_t::binary:
            return scalar(value.dump(), YAML_PLAIN_SCALAR_STYLE);
        }
        return false;
    }

    yaml_emitter_t m_emitter;
    std::string m_out;
};

} // namespace

std::string YamlWriter::write(const nlohmann::ordered_json &value)
{
    try {
        Emitter emitter;
        if (!emitter.run(value)) {
            return {};
        }
        return emitter.take();
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace tessera
