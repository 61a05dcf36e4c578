// SPDX-License-Identifier: MIT
// protostar-cli: import documents, list what is stored, ask questions, evaluate retrieval.
#include "clicontext.h"

#include "core/translationfiles.h"
#include "engine/engineconfig.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace Protostar;
using namespace Protostar::Cli;

namespace {

struct Entry {
    const char *name;
    Command run;
    const char *summary; // QT_TRANSLATE_NOOP'd; translated when printed
};

const Entry kCommands[] = {
    {"import", importCommand, QT_TRANSLATE_NOOP("Cli", "Import files and folders (recursively) as a candidate's documents")},
    {"candidates", candidatesCommand, QT_TRANSLATE_NOOP("Cli", "List candidates")},
    {"documents", documentsCommand, QT_TRANSLATE_NOOP("Cli", "List documents, optionally of one candidate")},
    {"chunks", chunksCommand, QT_TRANSLATE_NOOP("Cli", "Show the paragraph chunks of a document")},
    {"delete-candidate", deleteCandidateCommand, QT_TRANSLATE_NOOP("Cli", "Delete a candidate and every trace of them")},
    {"ask", askCommand, QT_TRANSLATE_NOOP("Cli", "Ask a question; the answer comes only from the documents")},
    {"eval", evalCommand, QT_TRANSLATE_NOOP("Cli", "Measure retrieval on an evaluation set")},
};

void usage(QTextStream &s)
{
    s << CliTr::tr("Usage: protostar-cli [--db FILE] COMMAND [OPTIONS] [ARGS]") << "\n\n"
      << CliTr::tr("Options:") << "\n"
      << "  --db FILE   " << CliTr::tr("SQLite database (default: $PROTOSTAR_DB, else the user's data folder)") << "\n"
      << "  --read-only " << CliTr::tr("Open the database without changing it (a file you may not write opens so anyway)") << "\n"
      << "  --help      " << CliTr::tr("Show this help; COMMAND --help shows a command's help") << "\n"
      << "  --version   " << CliTr::tr("Show the version") << "\n\n"
      << CliTr::tr("Commands:") << "\n";
    for (const Entry &e : kCommands)
        s << "  " << QString::fromLatin1(e.name).leftJustified(18) << CliTr::tr(e.summary) << "\n";
    s << "\n" << CliContext::exitStatusHelp() << "\n";
    s.flush();
}

bool isCommand(const QString &word)
{
    return std::any_of(std::begin(kCommands), std::end(kCommands),
                       [&](const Entry &e) { return word == QLatin1String(e.name); });
}

} // namespace

namespace Protostar::Cli {

CliContext::CliContext() : out(stdout), err(stderr) { }

std::unique_ptr<Store> CliContext::openStore(Use use)
{
    const auto access = readOnly ? SqliteDatabase::Access::ReadOnly : SqliteStore::accessFor(databasePath);
    auto store = SqliteStore::open(databasePath, access);
    if (!store) {
        fail(store.error());
        return {};
    }
    openedReadOnly = (*store)->isReadOnly();
    // Said once, up front: otherwise an import would fail file by file with the same reason.
    if (use == Use::Write && openedReadOnly) {
        const QString why = readOnly ? CliTr::tr("it was opened with --read-only")
                                     : CliTr::tr("you may not write the file or its folder");
        fail(CliTr::tr("the database %1 is read-only (%2), so this command cannot change it. Asking, listing and "
                       "searching work as it is; to change it, ask for write permission on the file and its folder, "
                       "or copy it to a folder you can write to and use --db COPY.")
                 .arg(QDir::toNativeSeparators(databasePath), why));
        return {};
    }
    return std::move(store).value();
}

int CliContext::fail(const Error &error)
{
    err << "protostar-cli: " << error.message;
    if (!error.detail.isEmpty())
        err << " (" << error.detail << ")";
    err << "\n";
    err.flush();
    return 1;
}

int CliContext::fail(const QString &message)
{
    return fail(Error{ErrorCode::InvalidArgument, message, {}});
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                                    bool usesDatabase)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliTr::tr("Show this help."));
    parser.addOption(help);
    // QCommandLineParser reads "-5% 감소?" as the short options 5, %, … ; no option of this tool starts with
    // anything but a Latin letter, so such a word is text (a question may start with a negative figure).
    QStringList argv = args;
    m_textArguments.clear();
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.size() >= 2 && a.at(0) == u'-' && a.at(1) != u'-' && !(a.at(1).isLetter() && a.at(1).unicode() < 0x80)) {
            // Private-use characters: nobody types them, and the closing one keeps "1" from matching "12".
            const QString placeholder = QChar(0xE000) + QString::number(i) + QChar(0xE001);
            m_textArguments.insert(placeholder, a);
            argv[i] = placeholder;
        }
    }
    // Such a word right after an option that takes a value is that value (--k -1), and stays as typed.
    if (!m_textArguments.isEmpty()) {
        argv[0] = QStringLiteral("protostar-cli ") + args.first();
        parser.parse(argv);
        const QStringList positional = parser.positionalArguments();
        for (qsizetype i = 1; i < argv.size(); ++i) {
            if (m_textArguments.contains(argv.at(i)) && !positional.contains(argv.at(i)))
                argv[i] = m_textArguments.take(argv.at(i));
        }
    }
    // The usage line shows the command as it is typed, not the program's path alone.
    const QString program = QCoreApplication::arguments().value(0);
    const QString typed = usesDatabase ? QStringLiteral("protostar-cli [--db FILE] ") + args.first()
                                       : QStringLiteral("protostar-cli ") + args.first();
    const auto helpText = [&] {
        QString text = parser.helpText();
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), typed);
        return text;
    };
    argv[0] = QStringLiteral("protostar-cli ") + args.first();
    if (!parser.parse(argv)) {
        QString error = parser.errorText();
        for (auto it = m_textArguments.cbegin(); it != m_textArguments.cend(); ++it)
            error.replace(it.key(), it.value());
        err << "protostar-cli " << args.first() << ": " << error << "\n";
        if (const QString hint = textAfterDashDash(parser, args, argv); !hint.isEmpty())
            err << hint << "\n";
        err << helpText();
        err.flush();
        return 2;
    }
    if (parser.isSet(help)) {
        out << helpText() << "\n" << exitStatusHelp() << "\n";
        out.flush();
        return 0;
    }
    return std::nullopt;
}

QString CliContext::textAfterDashDash(const QCommandLineParser &parser, const QStringList &args, const QStringList &argv)
{
    // "-Kafka" reads as the short options K, a, f, k, a; Qt names the letters, not the word the user typed.
    const QStringList unknown = parser.unknownOptionNames();
    qsizetype at = -1;
    for (qsizetype i = 1; i < argv.size() && at < 0; ++i) {
        const QString &a = argv.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a.size() < 2 || a.at(0) != u'-' || a.at(1) == u'-')
            continue;
        for (qsizetype c = 1; c < a.size() && at < 0; ++c) {
            if (unknown.contains(QString(a.at(c))))
                at = i;
        }
    }
    if (at < 0)
        return {};
    const auto quoted = [](const QString &w) {
        static const QRegularExpression plain(QStringLiteral("^[\\w%,.:/+=@-]+$"), QRegularExpression::UseUnicodePropertiesOption);
        return plain.match(w).hasMatch() ? w : u'"' + QString(w).replace(u'"', QStringLiteral("\\\"")) + u'"';
    };
    // The command as it should have been typed, when every word from the faulty one on is text; with options
    // after it, which would turn into text behind --, only the shape.
    QStringList before, rest;
    bool optionsAfter = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        (i < at ? before : rest) << quoted(args.at(i));
        optionsAfter = optionsAfter || (i > at && args.at(i).startsWith(u'-'));
    }
    const QString example = optionsAfter
        ? QStringLiteral("protostar-cli %1 [options] -- %2 ...").arg(args.first(), quoted(args.at(at)))
        : (QStringList{QStringLiteral("protostar-cli"), args.first()} + before + QStringList{QStringLiteral("--")} + rest).join(u' ');
    return CliTr::tr("%1 is not an option of %2. If it is text (a question, name or file that starts with '-'), put -- "
                     "before it: %3")
        .arg(quoted(args.at(at)), args.first(), example);
}

QStringList CliContext::positionalArguments(const QCommandLineParser &parser) const
{
    QStringList words = parser.positionalArguments();
    for (QString &w : words)
        w = m_textArguments.value(w, w);
    return words;
}

QString CliContext::exitStatusHelp()
{
    return CliTr::tr("Exit status:\n"
                     "  0  done; for ask also a refusal, when the documents do not hold the answer (with --json,\n"
                     "     \"found\" is false)\n"
                     "  1  an error: a wrong value, an unknown candidate, a database or file that cannot be read\n"
                     "  2  a command line that cannot be parsed: an unknown command or option, an option without\n"
                     "     its value");
}

QString CliContext::candidateName(const QString &typed)
{
    return typed.normalized(QString::NormalizationForm_C).simplified();
}

Result<std::optional<Candidate>> CliContext::findCandidate(Store &store, const QString &typed)
{
    const QString name = candidateName(typed);
    auto found = store.candidateByName(name);
    if (!found || found->has_value())
        return found;
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    return decomposed == name ? found : store.candidateByName(decomposed);
}

} // namespace Protostar::Cli

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Protostar"));
    QCoreApplication::setApplicationName(QStringLiteral("protostar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROTOSTAR_VERSION));
    // The system's UI language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the desktop's catalogues: they hold
    // both this tool's context and the backend's. Without a catalogue the messages stay English.
    const QString language = TranslationFiles::systemLanguage();
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (TranslationFiles::load(appTranslator, language))
        QCoreApplication::installTranslator(&appTranslator);
    if (TranslationFiles::loadQt(qtTranslator, language)) // QCommandLineParser's own errors and headings
        QCoreApplication::installTranslator(&qtTranslator);

    CliContext ctx;
    QStringList args = app.arguments().mid(1);
    QString db;
    // Global options come before the command; the command parses the rest itself.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            usage(ctx.out);
            return 0;
        } else if (opt == QLatin1String("--version")) {
            ctx.out << "protostar-cli " << PROTOSTAR_VERSION << "\n";
            return 0;
        } else if (opt == QLatin1String("--read-only")) {
            ctx.readOnly = true;
        } else if (opt == QLatin1String("--db") || opt.startsWith(QLatin1String("--db="))) {
            db = opt == QLatin1String("--db") ? (args.isEmpty() ? QString() : args.takeFirst()) : opt.mid(5);
            // An empty name would fall back to $PROTOSTAR_DB or the user's own database: not what was typed.
            if (db.trimmed().isEmpty()) {
                ctx.err << "protostar-cli: " << CliTr::tr("--db needs a FILE, e.g. --db ~/protostar.db") << "\n";
                ctx.err.flush();
                return 2;
            }
            // "--db import c1": the FILE was left out, so the command was taken for it (and "c1" for the
            // command, or a database file named "import" would be created). A file of that name is used.
            if (opt == QLatin1String("--db") && isCommand(db) && !QFileInfo::exists(db)) {
                ctx.err << "protostar-cli: "
                        << CliTr::tr("--db took \"%1\" as the database FILE, but %1 is a command: the file name is "
                                     "missing. Write it after --db: protostar-cli --db FILE %2")
                               .arg(db, (QStringList{db} + args).join(u' '))
                        << "\n";
                ctx.err.flush();
                return 2;
            }
        } else {
            ctx.err << "protostar-cli: " << CliTr::tr("unknown option %1").arg(opt) << "\n";
            usage(ctx.err);
            return 2;
        }
    }
    if (args.isEmpty()) {
        usage(ctx.err);
        return 2;
    }
    ctx.databasePath = EngineConfig::resolveDatabasePath(db);
    for (const Entry &e : kCommands) {
        if (args.first() == QLatin1String(e.name))
            return e.run(ctx, args);
    }
    ctx.err << "protostar-cli: " << CliTr::tr("unknown command %1").arg(args.first()) << "\n";
    usage(ctx.err);
    return 2;
}
