// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "connections/connectionsdialog.h"

#include "catalog/catalogreader.h"
#include "common/style.h"
#include "common/widgets.h"
#include "sync/catalogadapter.h"
#include "sync/credentials.h"
#include "syncservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace tessera {

namespace {

using style::kSpacing;

const QLatin1String kLocal("local");

QString kindText(const QString &kind)
{
    return kind == kLocal ? ConnectionsDialog::tr("Local folder") : CatalogAdapter::kindName(kind);
}

bool isBuiltIn(const SourceRow &row)
{
    return row.location.startsWith(QLatin1String(":/"));
}

QString locationText(const SourceRow &row)
{
    return isBuiltIn(row) ? ConnectionsDialog::tr("built into Tessera") : QDir::toNativeSeparators(row.location);
}

QString certificateOf(const SourceRow &row)
{
    const auto it = row.settings.find("trustedCertificate");
    return it != row.settings.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

/** What saving a connection did, from the worker. */
struct SaveResult
{
    bool ok = false;
    QString error;
    SourceRow row;
    QString tokenNote; ///< set when the token could not go to the keychain
};

/** What a removal takes with it, counted before asking. */
struct RemovalCounts
{
    std::int64_t products = 0;
    std::int64_t contracts = 0;
    qsizetype outbox = 0;
};

void colorLabel(QLabel *label, const QColor &color)
{
    setTextColor(label, color);
}

/**
 * Runs `job` on the thread pool, then `done(result)` on the GUI thread unless `context` is gone by then. (A
 * QFutureWatcher child of the context rather than QFuture::then(context): Qt 6.4 asserts in then() when the
 * context dies first.)
 */
template <class Job, class Done> void runOff(QObject *context, Job job, Done done)
{
    using Result = std::invoke_result_t<Job>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

} // namespace

// ---- the form -------------------------------------------------------------------------------------------

ConnectionForm::ConnectionForm(QString storePath, SyncService *sync, std::vector<SourceRow> existing,
    std::optional<SourceRow> editing, QWidget *parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_sync(sync)
    , m_existing(std::move(existing))
    , m_editing(std::move(editing))
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_locationLabel(new QLabel)
    , m_location(new QLineEdit)
    , m_browse(new QPushButton(tr("Browse…")))
    , m_tokenLabel(new QLabel(tr("&Token:")))
    , m_token(new QLineEdit)
    , m_tokenHelp(secondaryLabel(QString()))
    , m_certificateLabel(new QLabel(tr("Trusted &certificate:")))
    , m_certificate(new QLineEdit)
    , m_trust(new QPushButton(tr("Trust this certificate for this connection only")))
    , m_certificateHelp(secondaryLabel(QString()))
    , m_testButton(new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test connection")))
    , m_busy(new QProgressBar)
    , m_testResult(plainLabel(QString()))
    , m_error(plainLabel(QString()))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("connectionForm"));
    setWindowTitle(m_editing ? tr("Edit connection") : tr("Add connection"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("For example: Backstage (production)"));
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(QIcon::fromTheme(QStringLiteral("folder")), kindText(kLocal), QString(kLocal));
    for (const QString &kind : CatalogAdapter::kinds()) {
        m_type->addItem(QIcon::fromTheme(QStringLiteral("network-server")), kindText(kind), kind);
    }
    m_location->setObjectName(QStringLiteral("location"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(m_editing ? tr("Leave empty to keep the stored token") : tr("Optional"));
    m_tokenHelp->setText(tr("Stored in the system keychain, never in the catalog or the settings. Leave it empty to "
                            "keep the stored one."));
    m_tokenHelp->setWordWrap(true);
    m_certificate->setObjectName(QStringLiteral("trustedCertificate"));
    m_certificate->setPlaceholderText(tr("SHA-256 fingerprint"));
    m_certificate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setIcon(QIcon::fromTheme(QStringLiteral("security-medium")));
    m_certificateHelp->setText(tr("Only this one certificate is accepted for this connection, and only while its "
                                  "fingerprint matches. Check it with the catalog's administrator."));
    m_certificateHelp->setWordWrap(true);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(12 * fontMetrics().averageCharWidth());
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    colorLabel(m_error, style::badColor(palette()));
    m_error->hide();

    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    auto *typeLabel = new QLabel(tr("T&ype:"));
    typeLabel->setBuddy(m_type);
    m_locationLabel->setBuddy(m_location);
    m_tokenLabel->setBuddy(m_token);
    m_certificateLabel->setBuddy(m_certificate);

    // A grid rather than a QFormLayout: rows come and go with the type (QFormLayout::setRowVisible is 6.4-fragile).
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(kSpacing);
    grid->setVerticalSpacing(kSpacing);
    const Qt::Alignment labelAlignment = Qt::AlignRight | Qt::AlignVCenter;
    int row = 0;
    grid->addWidget(nameLabel, row, 0, labelAlignment);
    grid->addWidget(m_name, row++, 1, 1, 2);
    grid->addWidget(typeLabel, row, 0, labelAlignment);
    grid->addWidget(m_type, row++, 1, 1, 2);
    grid->addWidget(m_locationLabel, row, 0, labelAlignment);
    auto *locationRow = new QHBoxLayout; // one row, so the field keeps its width when Browse… is hidden
    locationRow->setSpacing(kSpacing);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    grid->addLayout(locationRow, row++, 1, 1, 2);
    grid->addWidget(m_tokenLabel, row, 0, labelAlignment);
    grid->addWidget(m_token, row++, 1, 1, 2);
    grid->addWidget(m_tokenHelp, row++, 1, 1, 2);
    grid->addWidget(m_certificateLabel, row, 0, labelAlignment);
    grid->addWidget(m_certificate, row++, 1, 1, 2);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trust);
    trustRow->addStretch(1);
    grid->addLayout(trustRow, row++, 1, 1, 2);
    grid->addWidget(m_certificateHelp, row++, 1, 1, 2);
    auto *testRow = new QHBoxLayout;
    testRow->setSpacing(kSpacing);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);
    grid->addLayout(testRow, row++, 1, 1, 2);
    grid->addWidget(m_testResult, row++, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(1, 64 * fontMetrics().averageCharWidth());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * kSpacing, 2 * kSpacing, 2 * kSpacing, 2 * kSpacing);
    layout->setSpacing(kSpacing);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editing ? tr("Save") : tr("Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ConnectionForm::kindChanged);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionForm::chooseFolder);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionForm::test);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_certificate->setText(m_fingerprint);
        m_testResult->setText(tr("Trusted for this connection once you save. Test again to check it."));
        colorLabel(m_testResult, palette().color(QPalette::WindowText));
    });
    for (QLineEdit *field : { m_name, m_location, m_certificate }) {
        connect(field, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    if (m_sync) {
        connect(m_sync, &SyncService::testFinished, this, [this](bool ok, const QString &message) {
            if (m_testing) {
                showTestResult(ok, message);
            }
        });
    }

    if (m_editing) {
        m_name->setText(m_editing->name);
        m_type->setCurrentIndex(std::max(0, m_type->findData(m_editing->kind)));
        m_location->setText(
            m_editing->kind == kLocal ? QDir::toNativeSeparators(m_editing->location) : m_editing->location);
        m_certificate->setText(certificateOf(*m_editing));
    } else {
        m_type->setCurrentIndex(std::max(0, m_type->findData(QStringLiteral("backstage"))));
    }
    kindChanged();
    setCertificateRowVisible(!m_certificate->text().isEmpty());
    m_name->setFocus();
}

QString ConnectionForm::fingerprintIn(const QString &message)
{
    static const QRegularExpression hex(QStringLiteral("\\b[0-9A-Fa-f]{64}\\b"));
    static const QRegularExpression colons(QStringLiteral("\\b(?:[0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}\\b"));
    if (const auto match = hex.match(message); match.hasMatch()) {
        return match.captured().toLower();
    }
    if (const auto match = colons.match(message); match.hasMatch()) {
        return match.captured().remove(QLatin1Char(':')).toLower();
    }
    return {};
}

QString ConnectionForm::kind() const
{
    return m_type->currentData().toString();
}

void ConnectionForm::kindChanged()
{
    const bool local = kind() == kLocal;
    m_locationLabel->setText(local ? tr("&Folder:") : tr("&URL:"));
    m_location->setPlaceholderText(
        local ? tr("A folder of contracts, products and lineage") : tr("https://catalog.example.com"));
    m_browse->setVisible(local);
    for (QWidget *w : std::initializer_list<QWidget *> { m_tokenLabel, m_token, m_tokenHelp }) {
        w->setVisible(!local);
    }
    if (local) {
        setCertificateRowVisible(false);
    } else {
        setCertificateRowVisible(!m_certificate->text().isEmpty() || !m_fingerprint.isEmpty());
    }
    m_testResult->clear();
}

void ConnectionForm::setCertificateRowVisible(bool visible)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_certificateLabel, m_certificate, m_certificateHelp }) {
        w->setVisible(visible);
    }
    m_trust->setVisible(visible && !m_fingerprint.isEmpty());
}

void ConnectionForm::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), m_location->text().trimmed());
    if (!folder.isEmpty()) {
        m_location->setText(QDir::toNativeSeparators(folder));
        if (m_name->text().trimmed().isEmpty()) {
            m_name->setText(QFileInfo(folder).fileName());
        }
    }
}

SourceRow ConnectionForm::rowFromFields(QString &error, QWidget *&bad) const
{
    SourceRow row = m_editing.value_or(SourceRow {});
    row.name = m_name->text().trimmed();
    row.kind = kind();
    error.clear();
    bad = nullptr;
    const QString location = m_location->text().trimmed();
    if (row.kind == kLocal) {
        const QFileInfo dir(QDir::fromNativeSeparators(location));
        if (m_editing && isBuiltIn(*m_editing) && location == m_editing->location) {
            row.location = m_editing->location;
        } else if (location.isEmpty() || !dir.isDir()) {
            error = location.isEmpty() ? tr("Choose the folder of this connection.")
                                       : tr("%1 is not a folder.").arg(location);
            bad = m_location;
        } else {
            row.location = dir.canonicalFilePath();
        }
        row.settings.erase("trustedCertificate");
    } else {
        const QUrl url(location, QUrl::StrictMode);
        if (location.isEmpty() || !url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            error = tr("The URL must be an http or https address with a host, such as "
                       "https://catalog.example.com.");
            bad = m_location;
        } else if (!url.userInfo().isEmpty()) {
            error = tr("The URL must not hold a user name or password: put the token in the Token field.");
            bad = m_location;
        } else {
            QUrl base = url.adjusted(QUrl::StripTrailingSlash);
            if (base.path() == QLatin1String("/")) {
                base.setPath(QString());
            }
            row.location = base.toString();
        }
        QString certificate = m_certificate->text().trimmed().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (certificate.isEmpty()) {
            row.settings.erase("trustedCertificate");
        } else if (!hex.match(certificate).hasMatch()) {
            if (error.isEmpty()) {
                error = tr("The trusted certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.");
                bad = m_certificate;
            }
        } else {
            row.settings["trustedCertificate"] = certificate.toLower().toStdString();
        }
    }
    if (row.name.isEmpty()) {
        error = tr("Give the connection a name.");
        bad = m_name;
    } else {
        for (const SourceRow &other : m_existing) {
            if (other.name.compare(row.name, Qt::CaseInsensitive) == 0 && (!m_editing || other.id != m_editing->id)) {
                error = tr("There is already a connection called \"%1\".").arg(other.name);
                bad = m_name;
                break;
            }
        }
    }
    return row;
}

void ConnectionForm::showError(const QString &error, QWidget *field)
{
    m_error->setText(error);
    m_error->show();
    if (field) {
        field->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(field)) {
            edit->selectAll();
        }
    }
}

void ConnectionForm::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_testButton->setEnabled(!busy);
}

void ConnectionForm::test()
{
    QString error;
    QWidget *bad = nullptr;
    SourceRow row = rowFromFields(error, bad);
    if (bad == m_location || bad == m_certificate) {
        showError(error, bad);
        return;
    }
    m_error->hide();
    if (row.kind == kLocal) {
        showTestResult(true, tr("%1 is there.").arg(QDir::toNativeSeparators(row.location)));
        return;
    }
    if (!m_sync) {
        showTestResult(false, tr("Connections cannot be tested here."));
        return;
    }
    m_testing = true;
    setBusy(true);
    m_testResult->setText(tr("Connecting to %1…").arg(row.location));
    colorLabel(m_testResult, style::secondaryText(palette()));
    const QByteArray typed = m_token->text().trimmed().toUtf8();
    if (!typed.isEmpty() || !m_editing || m_editing->kind == kLocal) {
        m_sync->testConnection(row, typed.isEmpty() ? std::nullopt : std::optional<QByteArray>(typed));
        return;
    }
    // The stored token of the connection as it was: read off the GUI thread (the keychain may take seconds).
    const SourceRow stored = *m_editing;
    runOff(
        this, [stored] { return Credentials::read(stored).token; },
        [this, row](const std::optional<QByteArray> &token) {
            if (m_sync) {
                m_sync->testConnection(row, token);
            }
        });
}

void ConnectionForm::showTestResult(bool ok, const QString &message)
{
    m_testing = false;
    setBusy(false);
    m_testResult->setText(ok ? tr("Connected: %1").arg(message) : message);
    colorLabel(m_testResult, ok ? style::goodColor(palette()) : style::badColor(palette()));
    const QString fingerprint = ok ? QString() : fingerprintIn(message);
    if (!fingerprint.isEmpty()) {
        m_fingerprint = fingerprint;
        setCertificateRowVisible(true);
    }
}

void ConnectionForm::accept()
{
    if (m_saving) {
        return;
    }
    QString error;
    QWidget *bad = nullptr;
    const SourceRow row = rowFromFields(error, bad);
    if (!error.isEmpty()) {
        showError(error, bad);
        return;
    }
    m_error->hide();
    m_saving = true;
    m_buttons->setEnabled(false);
    const QByteArray token = row.kind == kLocal ? QByteArray() : m_token->text().trimmed().toUtf8();
    // The store and the keychain off the GUI thread: the keychain may take seconds to answer.
    runOff(
        this,
        [path = m_storePath, row = row, token, editing = m_editing]() mutable {
            SaveResult result;
            StoreStatus status;
            auto store = Store::open(path, status);
            if (!store) {
                result.error = status.message;
                return result;
            }
            if (editing ? !store->updateSource(row, status) : !store->addSource(row, status)) {
                result.error = status.message;
                return result;
            }
            result.ok = true;
            result.row = row;
            if (row.kind == kLocal) {
                return result;
            }
            const bool moved = editing && Credentials::keyOf(*editing) != Credentials::keyOf(row);
            QString why;
            if (!token.isEmpty()) {
                if (!Credentials::write(row, token, why)) {
                    result.tokenNote = why;
                }
                if (moved) {
                    Credentials::remove(*editing);
                }
            } else if (moved) {
                // A new URL or type: the stored token goes with the connection.
                if (const auto found = Credentials::read(*editing); found.token) {
                    if (!Credentials::write(row, *found.token, why)) {
                        result.tokenNote = why;
                    }
                    Credentials::remove(*editing);
                }
            }
            return result;
        },
        [this](const SaveResult &result) {
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!result.ok) {
                showError(result.error.isEmpty() ? tr("The connection could not be saved.") : result.error, m_name);
                return;
            }
            Q_EMIT saved(result.row, !m_editing, result.tokenNote);
            QDialog::accept();
        });
}

// ---- the list ---------------------------------------------------------------------------------------------

ConnectionsDialog::ConnectionsDialog(QString storePath, SyncService *sync, QWidget *parent)
    : QDialog(parent)
    , m_storePath(std::move(storePath))
    , m_sync(sync)
    , m_stack(new QStackedWidget)
    , m_list(new QTreeWidget)
    , m_add(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add…")))
    , m_edit(new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…")))
    , m_remove(new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove…")))
    , m_test(new QPushButton(QIcon::fromTheme(QStringLiteral("network-connect")), tr("&Test")))
    , m_busy(new QProgressBar)
    , m_result(plainLabel(QString()))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    m_list->setObjectName(QStringLiteral("connections"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Name"), tr("Type"), tr("Last sync"), tr("Message") });
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Connections"));
    // Wide enough for typical values, and never narrower than the (translated) header.
    const int charWidth = fontMetrics().averageCharWidth();
    const int typical[] = { 30, 20, 14 };
    for (int c = 0; c < 3; ++c) {
        m_list->setColumnWidth(c,
            std::max(typical[c] * charWidth,
                m_list->header()->fontMetrics().horizontalAdvance(m_list->headerItem()->text(c)) + 4 * charWidth));
    }

    // The empty state says what is missing and offers the next step.
    auto *empty = new QWidget;
    auto *emptyText
        = plainLabel(tr("No connections yet — add a Backstage, OpenMetadata or Marquez endpoint, or a folder."));
    emptyText->setObjectName(QStringLiteral("emptyState"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    setTextColor(emptyText, style::secondaryText(palette()));
    auto *emptyAdd = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add a connection…"));
    connect(emptyAdd, &QPushButton::clicked, this, [this] { addConnection(); });
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(1);
    m_stack->addWidget(m_list);
    m_stack->addWidget(empty);

    for (auto [button, name] : { std::pair { m_add, "add" }, std::pair { m_edit, "edit" },
             std::pair { m_remove, "remove" }, std::pair { m_test, "test" } }) {
        button->setObjectName(QLatin1String(name));
    }
    m_add->setToolTip(tr("Add a catalog endpoint or a local folder"));
    m_test->setToolTip(tr("Check that the endpoint answers and accepts the stored token"));
    auto *side = new QVBoxLayout;
    side->setSpacing(kSpacing);
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addSpacing(kSpacing);
    side->addWidget(m_test);
    side->addStretch(1);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(12 * charWidth);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *resultRow = new QHBoxLayout;
    resultRow->setSpacing(kSpacing);
    resultRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    resultRow->addWidget(m_result, 1);

    auto *top = new QHBoxLayout;
    top->setSpacing(kSpacing);
    top->addWidget(m_stack, 1);
    top->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *intro = secondaryLabel(tr("Tessera keeps a copy of each connection's catalog, so it stays browsable "
                                    "offline. Endpoints are synced every few minutes and with Sync now (F5)."));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * kSpacing, 2 * kSpacing, 2 * kSpacing, 2 * kSpacing);
    layout->setSpacing(kSpacing);
    layout->addWidget(intro);
    layout->addLayout(top, 1);
    layout->addLayout(resultRow);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addConnection(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editConnection(); });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { editConnection(); });
    if (m_sync) {
        connect(m_sync, &SyncService::testFinished, this, [this](bool ok, const QString &message) {
            if (!m_testing) {
                return;
            }
            m_testing = false;
            m_busy->hide();
            updateButtons();
            QString text = ok ? tr("Connected: %1").arg(message) : message;
            if (!ok && !ConnectionForm::fingerprintIn(message).isEmpty()) {
                text += QLatin1Char(' ') + tr("Edit the connection to trust this certificate.");
            }
            setResult(text, ok ? style::goodColor(palette()) : style::badColor(palette()));
        });
        connect(m_sync, &SyncService::progress, this, [this](const SyncProgress &p) {
            if (p.source != m_syncing) {
                m_syncing = p.source;
                showRows(m_rows);
            }
        });
        connect(m_sync, &SyncService::syncFinished, this, [this] {
            m_syncing.clear();
            reload();
        });
    }
    resize(150 * charWidth, 26 * fontMetrics().height());
    updateButtons();
    reload();
}

void ConnectionsDialog::reload()
{
    const quint64 generation = ++m_generation;
    runOff(
        this,
        [path = m_storePath] {
            StoreStatus status;
            auto store = Store::open(path, status, Store::Mode::ReadWrite);
            return store ? store->sources() : std::vector<SourceRow>();
        },
        [this, generation](std::vector<SourceRow> rows) {
            if (generation == m_generation) {
                showRows(std::move(rows));
                Q_EMIT loaded();
            }
        });
}

void ConnectionsDialog::showRows(std::vector<SourceRow> rows)
{
    const std::optional<SourceRow> current = selected();
    m_rows = std::move(rows);
    m_list->clear();
    const QPalette palette = this->palette();
    for (const SourceRow &row : m_rows) {
        auto *item = new QTreeWidgetItem(m_list);
        const bool local = row.kind == kLocal;
        const bool syncing = !m_syncing.isEmpty() && row.name == m_syncing;
        QIcon icon;
        QString state;
        if (syncing) {
            icon = style::dotIcon(palette.color(QPalette::Highlight), style::Dot::Half);
            state = tr("syncing…");
        } else if (local) {
            const bool there = isBuiltIn(row) || QFileInfo(row.location).isDir();
            icon = there ? style::dotIcon(style::goodColor(palette), style::Dot::Filled)
                         : style::dotIcon(style::secondaryText(palette), style::Dot::Hollow);
            state = there ? tr("watched") : tr("folder not found");
        } else if (row.syncState == QLatin1String("ok")) {
            icon = style::dotIcon(style::goodColor(palette), style::Dot::Filled);
        } else if (row.syncState == QLatin1String("failed") || row.syncState == QLatin1String("conflict")) {
            icon = style::dotIcon(style::badColor(palette), style::Dot::Filled);
        } else {
            icon = style::dotIcon(style::secondaryText(palette), style::Dot::Hollow); // offline, never, cancelled
        }
        item->setIcon(0, icon);
        item->setText(0, row.name);
        item->setToolTip(0, locationText(row));
        item->setData(0, Qt::UserRole, row.name);
        item->setText(1, kindText(row.kind));
        const QDateTime synced = QDateTime::fromString(row.syncedAt, Qt::ISODate);
        if (!state.isEmpty()) {
            item->setText(2, state);
        } else if (row.syncedAt.isEmpty()) {
            item->setText(2, tr("never"));
        } else {
            item->setText(2, style::relativeTime(synced));
            item->setToolTip(2, style::exactTime(synced));
        }
        QString message = row.syncMessage;
        if (row.syncState == QLatin1String("offline")) {
            message = tr("Offline — cached data stays browsable. %1").arg(message);
        } else if (local && message.isEmpty()) {
            message = locationText(row);
        } else if (message.isEmpty() && row.syncState.isEmpty()) {
            message = tr("Not synced yet");
        }
        item->setText(3, message.simplified());
        item->setToolTip(3, message);
        if (row.syncState == QLatin1String("failed") || row.syncState == QLatin1String("conflict")) {
            item->setForeground(3, style::badColor(palette));
        }
        if (current && current->name == row.name) {
            m_list->setCurrentItem(item);
        }
    }
    m_stack->setCurrentIndex(m_rows.empty() ? 1 : 0);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

void ConnectionsDialog::select(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == name) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
        }
    }
}

std::optional<SourceRow> ConnectionsDialog::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        return std::nullopt;
    }
    const QString name = item->data(0, Qt::UserRole).toString();
    for (const SourceRow &row : m_rows) {
        if (row.name == name) {
            return row;
        }
    }
    return std::nullopt;
}

void ConnectionsDialog::updateButtons()
{
    const std::optional<SourceRow> row = selected();
    m_edit->setEnabled(row && !isBuiltIn(*row));
    m_remove->setEnabled(row.has_value());
    m_test->setEnabled(row && !m_testing);
}

void ConnectionsDialog::setResult(const QString &text, const QColor &color)
{
    m_result->setText(text);
    colorLabel(m_result, color);
}

ConnectionForm *ConnectionsDialog::addConnection()
{
    auto *form = new ConnectionForm(m_storePath, m_sync, m_rows, std::nullopt, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ConnectionForm::saved, this, &ConnectionsDialog::formSaved);
    form->open();
    return form;
}

ConnectionForm *ConnectionsDialog::editConnection()
{
    const std::optional<SourceRow> row = selected();
    if (!row || isBuiltIn(*row)) {
        return nullptr;
    }
    auto *form = new ConnectionForm(m_storePath, m_sync, m_rows, row, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ConnectionForm::saved, this, &ConnectionsDialog::formSaved);
    form->open();
    return form;
}

void ConnectionsDialog::formSaved(const SourceRow &row, bool added, const QString &tokenNote)
{
    setResult(
        added ? tr("Added %1.").arg(row.name) : tr("Saved %1.").arg(row.name), palette().color(QPalette::WindowText));
    if (row.kind != kLocal && m_sync) {
        m_sync->syncNow({ row.name });
        setResult(m_result->text() + QLatin1Char(' ') + tr("Syncing it now…"), palette().color(QPalette::WindowText));
    }
    Q_EMIT sourceSaved(row, added);
    reload();
    select(row.name);
    if (!tokenNote.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Token kept until Tessera quits"),
            tr("The token of %1 is kept only until Tessera quits: %2").arg(row.name, tokenNote), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("tokenNote"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ConnectionsDialog::removeConnection()
{
    const std::optional<SourceRow> row = selected();
    if (!row) {
        return;
    }
    // What goes with it, counted off the GUI thread, then asked.
    runOff(
        this,
        [path = m_storePath, id = row->id] {
            RemovalCounts counts;
            StoreStatus status;
            if (auto store = Store::open(path, status)) {
                CatalogReader reader(*store);
                for (const SourceState &s : reader.sources()) {
                    if (s.id == id) {
                        counts.products = s.products;
                        counts.contracts = s.contracts;
                    }
                }
                for (const OutboxRow &o : store->outbox()) {
                    counts.outbox += o.sourceId == id ? 1 : 0;
                }
            }
            return counts;
        },
        [this, row = *row](const RemovalCounts &counts) {
            QString details = tr("Its %1, %2 and lineage leave the catalog.")
                                  .arg(tr("%n product(s)", nullptr, static_cast<int>(counts.products)),
                                      tr("%n contract(s)", nullptr, static_cast<int>(counts.contracts)));
            if (counts.outbox > 0) {
                details += QLatin1Char(' ')
                    + tr("%n unsent change(s) in its outbox will not be sent.", nullptr,
                        static_cast<int>(counts.outbox));
            }
            if (row.kind != kLocal) {
                details += QLatin1Char(' ') + tr("Its token is removed from the keychain.");
            }
            details += QStringLiteral("\n\n")
                + tr("Your drafts and their saved versions stay. %1 itself is not changed.").arg(locationText(row));
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove connection"),
                tr("Remove %1 and everything it brought?").arg(row.name), QMessageBox::Cancel, this);
            box->setObjectName(QStringLiteral("removeConfirmation"));
            box->setInformativeText(details);
            QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
            remove->setObjectName(QStringLiteral("confirmRemove"));
            box->setDefaultButton(QMessageBox::Cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(remove, &QPushButton::clicked, this, [this, row] {
                runOff(
                    this,
                    [path = m_storePath, row] {
                        StoreStatus status;
                        auto store = Store::open(path, status);
                        if (!store || !store->removeSource(row.id, status)) {
                            return status.message.isEmpty() ? tr("The connection could not be removed.")
                                                            : status.message;
                        }
                        return QString();
                    },
                    [this, row](const QString &error) {
                        if (!error.isEmpty()) {
                            setResult(error, style::badColor(palette()));
                            return;
                        }
                        setResult(tr("Removed %1 and everything it brought.").arg(row.name),
                            palette().color(QPalette::WindowText));
                        if (row.kind != kLocal) {
                            // The keychain may take seconds: nobody waits for it.
                            (void)QtConcurrent::run([row] { Credentials::remove(row); });
                        }
                        Q_EMIT sourceRemoved(row);
                        reload();
                    });
            });
            box->open();
        });
}

void ConnectionsDialog::testConnection()
{
    const std::optional<SourceRow> row = selected();
    if (!row || m_testing) {
        return;
    }
    if (row->kind == kLocal) {
        const bool there = isBuiltIn(*row) || QFileInfo(row->location).isDir();
        setResult(there ? tr("%1 is there.").arg(locationText(*row)) : tr("%1 is not there.").arg(locationText(*row)),
            there ? style::goodColor(palette()) : style::badColor(palette()));
        return;
    }
    if (!m_sync) {
        setResult(tr("Connections cannot be tested here."), style::badColor(palette()));
        return;
    }
    m_testing = true;
    m_busy->show();
    updateButtons();
    setResult(tr("Connecting to %1…").arg(row->location), style::secondaryText(palette()));
    runOff(
        this, [row = *row] { return Credentials::read(row).token; },
        [this, row = *row](const std::optional<QByteArray> &token) {
            if (m_sync) {
                m_sync->testConnection(row, token);
            }
        });
}

} // namespace tessera
