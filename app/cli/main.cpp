// SPDX-License-Identifier: MIT
// protostar-cli: import documents, list what is stored, ask questions, evaluate retrieval.
#include "clicontext.h"

#include "engine/engineconfig.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Protostar;
using namespace Protostar::Cli;

namespace {

struct Entry {
    const char *name;
    Command run;
    const char *summary;
};

const Entry kCommands[] = {
    {"import", importCommand, "Import files and folders (recursively) as a candidate's documents"},
    {"candidates", candidatesCommand, "List candidates"},
    {"documents", documentsCommand, "List documents, optionally of one candidate"},
    {"chunks", chunksCommand, "Show the paragraph chunks of a document"},
    {"delete-candidate", deleteCandidateCommand, "Delete a candidate and every trace of them"},
    {"ask", askCommand, "Ask a question; the answer comes only from the documents"},
    {"eval", evalCommand, "Measure retrieval on an evaluation set"},
};

void usage(QTextStream &s)
{
    s << "Usage: protostar-cli [--db FILE] COMMAND [OPTIONS] [ARGS]\n\n"
         "Options:\n"
         "  --db FILE   SQLite database (default: $PROTOSTAR_DB, else the user's data folder)\n"
         "  --help      Show this help; COMMAND --help shows a command's help\n"
         "  --version   Show the version\n\n"
         "Commands:\n";
    for (const Entry &e : kCommands)
        s << "  " << QString::fromLatin1(e.name).leftJustified(18) << e.summary << "\n";
    s.flush();
}

} // namespace

namespace Protostar::Cli {

CliContext::CliContext() : out(stdout), err(stderr) { }

std::unique_ptr<Store> CliContext::openStore()
{
    auto store = SqliteStore::open(databasePath);
    if (!store) {
        fail(store.error());
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

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = args;
    argv[0] = QStringLiteral("protostar-cli ") + args.first();
    if (!parser.parse(argv)) {
        err << "protostar-cli " << args.first() << ": " << parser.errorText() << "\n" << parser.helpText();
        err.flush();
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return 0;
    }
    return std::nullopt;
}

} // namespace Protostar::Cli

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Protostar"));
    QCoreApplication::setApplicationName(QStringLiteral("protostar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROTOSTAR_VERSION));

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
        } else if (opt == QLatin1String("--db") && !args.isEmpty()) {
            db = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--db="))) {
            db = opt.mid(5);
        } else {
            ctx.err << "protostar-cli: unknown option " << opt << "\n";
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
    ctx.err << "protostar-cli: unknown command " << args.first() << "\n";
    usage(ctx.err);
    return 2;
}
