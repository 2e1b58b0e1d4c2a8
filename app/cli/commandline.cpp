#include "commandline.h"

#include "console.h"
#include "exitcodes.h"

#include <algorithm>

namespace ConnectDesk::Cli {

CommandLine::CommandLine(const QString &command, const QString &synopsis,
                         const QString &description)
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_command(command)
    , m_synopsis(synopsis)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

QString CommandLine::helpText() const
{
    // QCommandLineParser names the executable path in its usage line; name the command instead.
    QString text = m_parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString usage = tr("Usage: %1 %2 %3").arg(programName(), m_command, m_synopsis);
    return usage.trimmed() + (firstBreak >= 0 ? text.mid(firstBreak) : QString());
}

int CommandLine::usageError(const QString &message) const
{
    printErr(tr("%1 %2: %3").arg(programName(), m_command, message));
    printErr(tr("Run \"%1 %2 --help\" for usage.").arg(programName(), m_command));
    return toInt(ExitCode::Usage);
}

QString CommandLine::closestWord(const QString &typed, const QStringList &candidates)
{
    // Optimal string alignment distance: edits, with a transposition ("tokne") as one.
    const auto distance = [](const QString &a, const QString &b) {
        QList<QList<qsizetype>> d(a.size() + 1, QList<qsizetype>(b.size() + 1, 0));
        for (qsizetype i = 0; i <= a.size(); ++i)
            d[i][0] = i;
        for (qsizetype j = 0; j <= b.size(); ++j)
            d[0][j] = j;
        for (qsizetype i = 1; i <= a.size(); ++i) {
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
                if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        return d[a.size()][b.size()];
    };
    const QString word = typed.toLower();
    QString best;
    qsizetype bestDistance = 3;
    for (const QString &candidate : candidates) {
        const qsizetype found = distance(word, candidate);
        if (found < bestDistance) {
            bestDistance = found;
            best = candidate;
        }
    }
    return best;
}

void CommandLine::expectPositional(const QString &name, const QString &description)
{
    m_positionalName = name;
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, const QString &redact)
{
    // QCommandLineParser skips the first entry (the program).
    const QStringList withProgram = QStringList{programName()} + arguments;
    if (!m_parser.parse(withProgram)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        for (const QString &name : unknown) {
            if (name == QLatin1String("client-secret") || name == QLatin1String("secret"))
                return usageError(tr("the client secret is never accepted on the command line "
                                     "(other users of this computer could read it there); set "
                                     "PIPEDREAM_CLIENT_SECRET in the environment."));
            if (name == QLatin1String("client-id"))
                return usageError(tr("set the OAuth client ID in PIPEDREAM_CLIENT_ID."));
        }
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        printOut(helpText());
        return toInt(ExitCode::Ok);
    }
    QStringList stray = m_parser.positionalArguments();
    if (!m_positionalName.isEmpty()) {
        if (stray.isEmpty())
            return usageError(tr("missing %1.").arg(m_positionalName));
        stray.removeFirst();
    }
    if (!stray.isEmpty()) {
        const QString shown = !redact.isEmpty() && stray.constFirst().contains(redact)
                                  ? tr("(redacted)")
                                  : QLatin1Char('"') + stray.constFirst() + QLatin1Char('"');
        return usageError(tr("unexpected argument %1.").arg(shown));
    }
    return std::nullopt;
}

} // namespace ConnectDesk::Cli
