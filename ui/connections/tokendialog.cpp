// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "connections/tokendialog.h"

#include "common/style.h"
#include "common/widgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

TokenDialog::TokenDialog(const QString &sourceName, const QString &location, const QString &why, QWidget *parent)
    : QDialog(parent)
    , m_token(new QLineEdit)
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Token for %1").arg(sourceName));

    auto *title = plainLabel(tr("%1 asks for a token").arg(sourceName));
    style::scaleFont(title, 1.2, true);
    auto *where = secondaryLabel(location);
    auto *explanation = plainLabel(tr("%1 refused the sync without a token, and there is no keychain to read one "
                                      "from: %2\n\nThe token you enter is kept in memory only, until Tessera "
                                      "quits; Tessera asks again on the next start.")
                                       .arg(sourceName, why));
    explanation->setWordWrap(true);

    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Bearer token or personal access token"));
    m_token->setAccessibleName(tr("Token"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sync with this token"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Not now"));
    connect(m_token, &QLineEdit::textChanged, this,
        [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing, 2 * style::kSpacing);
    layout->setSpacing(style::kSpacing);
    layout->addWidget(title);
    layout->addWidget(where);
    layout->addWidget(explanation);
    layout->addSpacing(style::kSpacing);
    layout->addWidget(m_token);
    layout->addWidget(buttons);
    setMinimumWidth(60 * fontMetrics().averageCharWidth());
}

QByteArray TokenDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

} // namespace tessera
