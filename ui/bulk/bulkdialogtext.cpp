#include "bulk/bulkdialogtext.h"

#include "base/countdown.h"
#include "bulk/bulkjob.h"
#include "bulk/developmentlimit.h"
#include "share/devlinkguard.h"

#include <QLocale>

namespace ConnectDesk::Ui {

QString BulkDialogText::requestSummary(const TokenRequest &requestTemplate)
{
    const QString project = requestTemplate.projectId.trimmed();
    const QString environment = requestTemplate.environment.isEmpty()
                                    ? QStringLiteral("production")
                                    : requestTemplate.environment;
    QStringList parts{project.isEmpty() ? tr("no project") : project,
                      environmentLabel(environment)};
    const QString app = requestTemplate.normalizedAppSlug();
    parts.append(app.isEmpty() ? tr("rows without an app: the customer picks one")
                               : tr("rows without an app: %1").arg(app));
    if (!requestTemplate.expiresIn.trimmed().isEmpty())
        parts.append(tr("expires in %1 s").arg(requestTemplate.expiresIn.trimmed()));
    return tr("For every row: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString BulkDialogText::warnings(const TokenRequest &requestTemplate,
                                 const QList<FieldError> &problems)
{
    QStringList warnings;
    for (const FieldError &problem : problems)
        warnings.append(tr("%1: %2").arg(tokenFieldLabel(problem.field), problem.message));
    if (!warnings.isEmpty())
        warnings.prepend(tr("Fix the form before running:"));
    if (DevLinkGuard::isDevelopment(requestTemplate.environment))
        warnings.append(tr("Development: at most %1 external users (checked before the run), and "
                           "the links only work for people signed in to pipedream.com. Use "
                           "production for customers.")
                            .arg(DevelopmentLimit::maxUsers));
    return warnings.join(QLatin1Char('\n'));
}

QString BulkDialogText::stats(const BulkJob &job, int total, Stage stage)
{
    const QLocale locale;
    QStringList parts{tr("%1 of %Ln rows", nullptr, total).arg(locale.toString(job.done()))};
    if (job.failed() > 0)
        parts.append(tr("%1 failed").arg(locale.toString(job.failed())));
    parts.append(tr("%1 rows/s").arg(locale.toString(job.rowsPerSecond(), 'f', 1)));
    if (stage == Stage::Running || stage == Stage::Paused) {
        if (const auto eta = job.etaSeconds(); eta && job.done() > 0)
            parts.append(tr("about %1 left").arg(Countdown::duration(*eta)));
    } else if (stage == Stage::Finished) {
        const qint64 ms = job.elapsedMs();
        // "took 0 s" read as if nothing had happened.
        parts.append(ms < 1000 ? tr("took less than a second")
                               : tr("took %1").arg(Countdown::duration(ms / 1000)));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (stage == Stage::Paused)
        text += tr(" (paused: calls already sent still finish)");
    else if (stage == Stage::Stopping)
        text += tr(" (stopping: waiting for the calls already sent)");
    else if (job.isThrottled())
        text += tr(" (rate limited: waiting)");
    return text;
}

} // namespace ConnectDesk::Ui
