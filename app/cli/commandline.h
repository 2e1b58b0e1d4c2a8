#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace ConnectDesk::Cli {

// QCommandLineParser plumbing shared by every command: its own -h/--help, usage errors that
// name the command, unknown flags and stray arguments refused with exit code 2.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDesk::Cli::CommandLine)
public:
    // `command` as typed after the program name ("token create"); `synopsis` follows it in the
    // usage line ("--external-user-id ID [options]").
    CommandLine(const QString &command, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    const QCommandLineParser &parser() const { return m_parser; }

    // Parses the arguments that follow the command words. Returns an exit code when the
    // command must end now (help printed: 0; usage error printed: 2), else nullopt.
    // `redact` is never echoed back (the client secret, should it land in argv).
    std::optional<int> parse(const QStringList &arguments, const QString &redact = {});
    // The command takes exactly one argument (an account ID, a link): missing or extra is a
    // usage error. positional() is that argument after parse().
    void expectPositional(const QString &name, const QString &description);
    QString positional() const { return m_parser.positionalArguments().value(0); }

    QString helpText() const;
    // Prints "connectdesk <command>: <message>" and the --help hint; returns 2.
    int usageError(const QString &message) const;

    static QString programName() { return QStringLiteral("connectdesk"); }
    // The candidate a mistyped word was most likely meant to be (at most two edits away,
    // letters swapped counting as one), else empty.
    static QString closestWord(const QString &typed, const QStringList &candidates);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QString m_command;
    QString m_positionalName;
    QString m_synopsis;
};

} // namespace ConnectDesk::Cli
