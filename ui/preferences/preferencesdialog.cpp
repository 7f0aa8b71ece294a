// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Tessera developers
#include "preferences/preferencesdialog.h"

#include "common/style.h"
#include "common/widgets.h"
#include "governance/policies.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace tessera {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kPolicyFileKey = QStringLiteral("governance/policyFile");
const QString kReviewerKey = QStringLiteral("review/reviewer");

/** A language's name in itself, capitalised ("Deutsch", "polski" → "Polski"). */
QString nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

} // namespace

QString PreferencesDialog::language()
{
    const QString value = QSettings().value(kLanguageKey).toString();
    return languages().contains(value) ? value : QString();
}

QStringList PreferencesDialog::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("pl") };
}

QString PreferencesDialog::policyFile()
{
    return QSettings().value(kPolicyFileKey).toString();
}

QString PreferencesDialog::reviewer()
{
    return QSettings().value(kReviewerKey).toString();
}

void PreferencesDialog::setReviewer(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty()) {
        settings.remove(kReviewerKey);
    } else {
        settings.setValue(kReviewerKey, name.trimmed());
    }
}

QString PreferencesDialog::accountName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_languageNote(secondaryLabel(QString()))
    , m_policyFile(new QLineEdit(policyFile()))
    , m_policyError(new QLabel)
    , m_reviewer(new QLineEdit(reviewer()))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // Each language in its own name, so whoever cannot read the current one still finds theirs.
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default (%1)").arg(nativeName(QLocale::system().name())), QString());
    for (const QString &l : languages()) {
        m_language->addItem(nativeName(l), l);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    m_languageNote->setWordWrap(true);
    const auto updateNote = [this] {
        const QString chosen = m_language->currentData().toString();
        const bool changed = chosen != language();
        m_languageNote->setText(changed ? tr("Applies after Tessera is restarted. Dates and numbers follow the "
                                             "language's format.")
                                        : tr("Dates and numbers follow the language's format."));
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, updateNote);
    updateNote();

    m_policyFile->setObjectName(QStringLiteral("policyFileEdit"));
    m_policyFile->setAccessibleName(tr("Policy file"));
    m_policyFile->setPlaceholderText(tr("None: the built-in policies as they are"));
    m_policyFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browsePolicyFile"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the policy file"),
            m_policyFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_policyFile->text()).path(),
            tr("Policy files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            m_policyFile->setText(QDir::toNativeSeparators(path));
        }
    });
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(m_policyFile, 1);
    policyRow->addWidget(browse);
    m_policyError->setObjectName(QStringLiteral("policyFileError"));
    m_policyError->setTextFormat(Qt::PlainText);
    m_policyError->setWordWrap(true);
    m_policyError->hide();
    setTextColor(m_policyError, style::badColor(palette()));

    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setPlaceholderText(accountName());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *languageLabel = new QLabel(tr("&Language:"));
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    auto *policyLabel = new QLabel(tr("&Policy file:"));
    policyLabel->setBuddy(m_policyFile);
    form->addRow(policyLabel, policyRow);
    form->addRow(QString(), m_policyError);
    form->addRow(
        QString(), secondaryLabel(tr("The organisation's governance policies (docs/policies.md); checked at once.")));
    auto *reviewerLabel = new QLabel(tr("&Reviewer name:"));
    reviewerLabel->setBuddy(m_reviewer);
    form->addRow(reviewerLabel, m_reviewer);
    form->addRow(QString(), secondaryLabel(tr("Signs your decisions in the review queue.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

void PreferencesDialog::accept()
{
    const QString policy = QDir::fromNativeSeparators(m_policyFile->text().trimmed());
    if (!policy.isEmpty()) {
        Findings errors;
        PolicyConfig::fromFile(policy, errors);
        if (!errors.empty()) {
            const Finding &e = errors.front();
            m_policyError->setText(
                e.location.line > 0 ? tr("Line %1: %2").arg(e.location.line).arg(e.message) : e.message);
            m_policyError->show();
            m_policyFile->setFocus();
            return;
        }
    }
    m_policyError->hide();
    QSettings settings;
    const QString chosen = m_language->currentData().toString();
    if (chosen.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, chosen);
    }
    setReviewer(m_reviewer->text());
    if (policy != policyFile()) {
        if (policy.isEmpty()) {
            settings.remove(kPolicyFileKey);
        } else {
            settings.setValue(kPolicyFileKey, policy);
        }
        Q_EMIT policyFileChanged(policy);
    }
    QDialog::accept();
}

} // namespace tessera
