#include "customers/linktroubleshooter.h"

#include "customers/linkchecker.h"
#include "widgets/uistyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ConnectDesk::Ui {

LinkTroubleshooter::LinkTroubleshooter(ConnectClient *client, const HistoryStore *history,
                                       const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_checker(new LinkChecker(client, history, clock, this))
{
    auto *label = new QLabel(tr("Check a lin&k:"), this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("checkLinkEdit"));
    m_field->setPlaceholderText(tr("Paste a Connect Link or a ctok_ token"));
    label->setBuddy(m_field);
    m_check = new QPushButton(tr("Check"), this);
    m_check->setObjectName(QStringLiteral("checkLinkButton"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("diagnosisIcon"));
    m_icon->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("diagnosisSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new QPushButton(Style::icon(QStringLiteral("copy")), tr("Copy diagnosis"), this);
    m_copy->setObjectName(QStringLiteral("copyDiagnosisButton"));
    m_newLink = new QPushButton(tr("New link"), this);
    m_newLink->setObjectName(QStringLiteral("diagnosisNewLinkButton"));

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(label);
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_check);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_icon);
    resultRow->addWidget(m_sentence, 1);
    resultRow->addWidget(m_copy);
    resultRow->addWidget(m_newLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fieldRow);
    layout->addLayout(resultRow);
    showSentence({}, {});

    connect(m_field, &QLineEdit::returnPressed, this, &LinkTroubleshooter::check);
    connect(m_check, &QPushButton::clicked, this, &LinkTroubleshooter::check);
    connect(m_copy, &QPushButton::clicked, this, &LinkTroubleshooter::copyDiagnosis);
    connect(m_newLink, &QPushButton::clicked, this, [this] {
        if (m_diagnosis)
            emit newLinkRequested(*m_diagnosis);
    });
    connect(m_checker, &LinkChecker::finished, this, &LinkTroubleshooter::onFinished);
}

QString LinkTroubleshooter::text() const
{
    return m_field->text();
}

void LinkTroubleshooter::setText(const QString &text)
{
    m_field->setText(text.simplified());
}

bool LinkTroubleshooter::isChecking() const
{
    return m_checker->isRunning();
}

QString LinkTroubleshooter::sentence() const
{
    return m_sentence->text();
}

void LinkTroubleshooter::focusField()
{
    m_field->setFocus(Qt::OtherFocusReason);
}

void LinkTroubleshooter::check()
{
    m_diagnosis.reset();
    QString why;
    const std::optional<PastedLink> link = PastedLink::parse(m_field->text(), &why);
    if (!link) {
        m_checker->cancel();
        showSentence(QStringLiteral("warning"), why); // the text stays for correcting
        return;
    }
    m_checker->check(*link);
    showSentence(QStringLiteral("waiting"),
                 tr("Checking %1…").arg(PastedLink::maskedToken(link->token)));
}

void LinkTroubleshooter::onFinished(const LinkDiagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    QString icon = QStringLiteral("warning");
    switch (diagnosis.verdict) {
    case LinkDiagnosis::Verdict::Usable:
    case LinkDiagnosis::Verdict::UsedConnected: icon = QStringLiteral("active"); break;
    case LinkDiagnosis::Verdict::Expired:
    case LinkDiagnosis::Verdict::NotFound:
    case LinkDiagnosis::Verdict::AppNotFound:
    case LinkDiagnosis::Verdict::CheckFailed: icon = QStringLiteral("error"); break;
    default: break;
    }
    showSentence(icon, diagnosis.sentence());
}

void LinkTroubleshooter::showSentence(const QString &iconName, const QString &text)
{
    m_sentence->setText(text);
    m_sentence->setVisible(!text.isEmpty());
    m_icon->setVisible(!iconName.isEmpty() && !text.isEmpty());
    if (!iconName.isEmpty()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_icon->setPixmap(Style::icon(iconName).pixmap(QSize(size, size),
                                                       devicePixelRatioF()));
        m_icon->setAccessibleName(iconName == QLatin1String("active")    ? tr("OK")
                                  : iconName == QLatin1String("waiting") ? tr("Checking")
                                                                         : tr("Problem"));
    }
    m_copy->setVisible(m_diagnosis.has_value());
    m_newLink->setVisible(m_diagnosis && m_diagnosis->suggestsNewLink());
}

void LinkTroubleshooter::copyDiagnosis()
{
    if (!m_diagnosis)
        return;
    QGuiApplication::clipboard()->setText(m_diagnosis->ticketText());
    emit statusMessage(tr("Diagnosis copied: paste it into the support ticket."));
}

} // namespace ConnectDesk::Ui
