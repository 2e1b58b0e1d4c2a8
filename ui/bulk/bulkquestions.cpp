#include "bulk/bulkquestions.h"

#include <QMessageBox>
#include <QPushButton>

namespace ConnectDesk::Ui {

namespace {

QMessageBox *questionBox(QWidget *parent, const QString &name, const QString &title,
                         const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(name);
    box->setInformativeText(details);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

QString resultsFate(bool keptInHistory)
{
    return keptInHistory
               ? BulkQuestions::tr("The Connect Links created in this run stay in History (View > "
                                   "History), but only Save Results… writes the file you send "
                                   "them from.")
               : BulkQuestions::tr("The Connect Links created in this run are not kept anywhere "
                                   "else. Save the results first to send them to your customers.");
}

} // namespace

void BulkQuestions::askBeforeClosing(QWidget *parent, bool running, bool keptInHistory,
                                     const std::function<void()> &close)
{
    QMessageBox *box = questionBox(parent, QStringLiteral("bulkCloseBox"), parent->windowTitle(),
                                   running ? tr("Stop the run and close?")
                                           : tr("Close without saving the results?"),
                                   resultsFate(keptInHistory));
    QPushButton *discard = box->addButton(running ? tr("Stop and Close")
                                                  : tr("Close Without Saving"),
                                          QMessageBox::DestructiveRole);
    QObject::connect(box, &QMessageBox::finished, box, [box, discard, close] {
        if (box->clickedButton() == discard)
            close();
    });
    box->open();
}

void BulkQuestions::askBeforeReplacingResults(QWidget *parent, bool keptInHistory,
                                              const std::function<void()> &replace)
{
    QMessageBox *box = questionBox(
        parent, QStringLiteral("bulkReplaceResultsBox"), tr("Open CSV File"),
        tr("Open another file without saving the results?"),
        tr("The table will show the new file.") + QLatin1Char(' ') + resultsFate(keptInHistory));
    QPushButton *open = box->addButton(tr("Open Another File"), QMessageBox::DestructiveRole);
    open->setObjectName(QStringLiteral("bulkOpenAnotherButton"));
    QObject::connect(box, &QMessageBox::finished, box, [box, open, replace] {
        if (box->clickedButton() == open)
            replace();
    });
    box->open();
}

void BulkQuestions::askAboutUserLimit(QWidget *parent, int users, int limit,
                                      const std::function<void(UserLimitAnswer)> &answer)
{
    QMessageBox *box = questionBox(
        parent, QStringLiteral("bulkUserLimitBox"), tr("Development Limit"),
        tr("This file has %1 different external users; development allows %2.")
            .arg(users)
            .arg(limit),
        tr("In development, the rows of every user after the first %1 fail with \"Forbidden "
           "(HTTP 403)\", and the links only work for people signed in to pipedream.com. For "
           "customers, run in production.")
            .arg(limit));
    QPushButton *production = box->addButton(tr("Run in Production"), QMessageBox::AcceptRole);
    production->setObjectName(QStringLiteral("bulkUseProductionButton"));
    QPushButton *first =
        box->addButton(tr("Run the First %1 Users Only").arg(limit), QMessageBox::AcceptRole);
    first->setObjectName(QStringLiteral("bulkFirstUsersButton"));
    QObject::connect(box, &QMessageBox::finished, box, [box, production, first, answer] {
        if (box->clickedButton() == production)
            answer(UserLimitAnswer::UseProduction);
        else if (box->clickedButton() == first)
            answer(UserLimitAnswer::FirstUsersOnly);
    });
    box->open();
}

} // namespace ConnectDesk::Ui
