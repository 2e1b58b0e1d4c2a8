#include "customers/auditlog.h"

#include "api/knownsecrets.h"
#include "base/privatefiles.h"
#include "bulk/csv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ConnectDesk {

namespace {

// Text that may have come from a server: without secrets or tokens, on one line.
QString clean(const QString &text)
{
    QString masked = KnownSecrets::mask(text);
    masked.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return masked;
}

std::optional<AuditEntry> entryFromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return std::nullopt;
    const QString action = o.value(QLatin1String("action")).toString();
    if (action == AuditEntry::actionName(AuditEntry::Action::DeleteUser))
        e.action = AuditEntry::Action::DeleteUser;
    else if (action != AuditEntry::actionName(AuditEntry::Action::DeleteAccount))
        return std::nullopt;
    const QString result = o.value(QLatin1String("result")).toString();
    e.result = AuditEntry::Result::Unknown;
    for (auto r : {AuditEntry::Result::Done, AuditEntry::Result::AlreadyGone, AuditEntry::Result::Failed}) {
        if (result == AuditEntry::resultName(r))
            e.result = r;
    }
    e.osUser = o.value(QLatin1String("os_user")).toString();
    e.profile = o.value(QLatin1String("profile")).toString();
    e.projectId = o.value(QLatin1String("project_id")).toString();
    e.environment = o.value(QLatin1String("environment")).toString();
    e.target = o.value(QLatin1String("target")).toString();
    e.targetLabel = o.value(QLatin1String("target_label")).toString();
    e.detail = o.value(QLatin1String("detail")).toString();
    e.origin = o.value(QLatin1String("origin")).toString();
    return e;
}

} // namespace

QString AuditEntry::actionName(Action action)
{
    return action == Action::DeleteUser ? QStringLiteral("delete_user")
                                        : QStringLiteral("delete_account");
}

QString AuditEntry::resultName(Result result)
{
    switch (result) {
    case Result::Done: return QStringLiteral("done");
    case Result::AlreadyGone: return QStringLiteral("already_gone");
    case Result::Failed: return QStringLiteral("failed");
    case Result::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString AuditEntry::actionLabel() const
{
    return action == Action::DeleteUser ? tr("Delete external user") : tr("Delete account");
}

QString AuditEntry::resultLabel() const
{
    switch (result) {
    case Result::Done: return tr("Deleted");
    case Result::AlreadyGone: return tr("Already gone");
    case Result::Failed: return tr("Failed");
    case Result::Unknown: return tr("Unknown: the answer was lost");
    }
    return {};
}

AuditLog::AuditLog(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString AuditLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("audit.jsonl"));
}

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool AuditLog::append(AuditEntry e, QString *error) const
{
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    if (e.osUser.isEmpty())
        e.osUser = currentOsUser();
    const QJsonObject line{
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("os_user"), clean(e.osUser)},
        {QStringLiteral("profile"), clean(e.profile)},
        {QStringLiteral("project_id"), clean(e.projectId)},
        {QStringLiteral("environment"), clean(e.environment)},
        {QStringLiteral("action"), AuditEntry::actionName(e.action)},
        {QStringLiteral("target"), clean(e.target)},
        {QStringLiteral("target_label"), clean(e.targetLabel)},
        {QStringLiteral("result"), AuditEntry::resultName(e.result)},
        {QStringLiteral("detail"), clean(e.detail)},
        {QStringLiteral("origin"), clean(e.origin)},
    };
    QFile file(m_path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("The audit log %1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), why);
        return false;
    };
    if (!PrivateFiles::prepare(m_path))
        return fail(tr("its folder could not be created"));
    // Append mode only: nothing already written can be changed through this handle.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file.errorString());
    PrivateFiles::restrict(file);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(file.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return fail(tr("the disk did not confirm the write"));
#endif
    return true;
}

QList<AuditEntry> AuditLog::entries(int *skipped) const
{
    QList<AuditEntry> result;
    int bad = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const auto entry = entryFromJson(QJsonDocument::fromJson(line).object());
            if (entry)
                result.append(*entry);
            else
                ++bad;
        }
    }
    if (skipped)
        *skipped = bad;
    return result;
}

QStringList AuditLog::csvHeader()
{
    return {QStringLiteral("time"),        QStringLiteral("os_user"),  QStringLiteral("profile"),
            QStringLiteral("project_id"),  QStringLiteral("environment"), QStringLiteral("action"),
            QStringLiteral("target"),      QStringLiteral("target_label"), QStringLiteral("result"),
            QStringLiteral("detail"),      QStringLiteral("origin")};
}

bool AuditLog::exportCsv(const QList<AuditEntry> &entries, QIODevice *device)
{
    CsvWriter writer(device, CsvWriter::LineEnding::CRLF);
    writer.writeRow(csvHeader());
    for (const AuditEntry &e : entries) {
        // Names and server words are defused: the file is meant for a spreadsheet.
        writer.writeRow({e.time.toUTC().toString(Qt::ISODateWithMs),
                         CsvWriter::defuseFormula(e.osUser), CsvWriter::defuseFormula(e.profile),
                         e.projectId, e.environment, AuditEntry::actionName(e.action),
                         CsvWriter::defuseFormula(e.target), CsvWriter::defuseFormula(e.targetLabel),
                         AuditEntry::resultName(e.result), CsvWriter::defuseFormula(e.detail),
                         e.origin});
    }
    return !writer.hasError();
}

} // namespace ConnectDesk
