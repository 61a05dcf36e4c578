// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Protostar::Cli {

// Translation context "Cli" for protostar-cli's own messages, help and output labels (translations/*.ts);
// JSON output and metric names stay untranslated, since scripts read them.
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What every subcommand gets: the resolved database path and the two output streams.
struct CliContext {
    QString databasePath;
    // --read-only: open the database without changing it, even when the file could be written.
    bool readOnly = false;
    // Whether the last openStore() opened the file read-only (--read-only, or a file the user may not write).
    bool openedReadOnly = false;
    QTextStream out;
    QTextStream err;

    CliContext();

    enum class Use { Read, Write };
    // Opens the store, printing the error on failure. A file the user may not write (or --read-only) opens
    // read-only: reading works; for Use::Write it is refused at once with what to do, before any work.
    std::unique_ptr<Store> openStore(Use use = Use::Read);
    // Prints "protostar-cli: <message>" to stderr and returns the exit code to use.
    int fail(const Error &error);
    int fail(const QString &message);
    // Adds --help, parses `args`; returns an exit code when the command should stop (help shown or bad usage).
    // The usage line names the command as it is typed ("protostar-cli [--db FILE] ask"; without --db for a
    // command that never opens the database). A word that starts with '-' but cannot be an option ("-5%",
    // "-연봉") is text, so a question may begin with one; positionalArguments() returns it as typed.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                             bool usesDatabase = true);
    // The parser's positional arguments with the words parse() kept from being read as options.
    QStringList positionalArguments(const QCommandLineParser &parser) const;
    // What the exit codes mean, shown under every --help.
    static QString exitStatusHelp();

    // A name as typed, in the form the store keeps: NFC, spaces collapsed. A terminal on macOS (or a
    // script copying a macOS file name) passes Hangul decomposed, which would otherwise be another name.
    static QString candidateName(const QString &typed);
    // The candidate of that name; also finds one stored decomposed by an import before names were composed.
    static Result<std::optional<Candidate>> findCandidate(Store &store, const QString &typed);

private:
    // After a parse error: for a word like "-Kafka" read as unknown options, how to pass it as text (with --
    // before it, as the command should be typed); empty when no such word caused the error.
    static QString textAfterDashDash(const QCommandLineParser &parser, const QStringList &args, const QStringList &argv);

    QHash<QString, QString> m_textArguments; // placeholder -> the word starting with '-' that parse() kept as text
};

// A subcommand: `args` holds its own arguments, with args[0] the subcommand's name.
using Command = int (*)(CliContext &ctx, const QStringList &args);

int importCommand(CliContext &ctx, const QStringList &args);
int candidatesCommand(CliContext &ctx, const QStringList &args);
int documentsCommand(CliContext &ctx, const QStringList &args);
int chunksCommand(CliContext &ctx, const QStringList &args);
int deleteCandidateCommand(CliContext &ctx, const QStringList &args);
int askCommand(CliContext &ctx, const QStringList &args);
int evalCommand(CliContext &ctx, const QStringList &args);

} // namespace Protostar::Cli
