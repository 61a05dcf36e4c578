// SPDX-License-Identifier: MIT
// candidates, documents, chunks, delete-candidate: read what the store holds.
#include "clicontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Protostar::Cli {

namespace {

// A function, not a global: the description must be translated after main() installed the translator.
QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CliTr::tr("Print JSON instead of a table."));
}

void printJson(CliContext &ctx, const QJsonArray &array)
{
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

// Resolves a candidate by name, printing a helpful error if there is none.
std::optional<Candidate> findCandidate(CliContext &ctx, Store &store, const QString &name)
{
    auto found = CliContext::findCandidate(store, name);
    if (!found) {
        ctx.fail(found.error());
        return std::nullopt;
    }
    if (!*found)
        ctx.fail(CliTr::tr("no candidate named \"%1\"; `protostar-cli candidates` lists them").arg(name));
    return *found;
}

QJsonObject toJson(const DocumentInfo &d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("candidate"), d.candidateName},
                       {QStringLiteral("file"), d.fileName},
                       {QStringLiteral("path"), d.path},
                       {QStringLiteral("format"), d.format},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("pages"), d.pageCount},
                       {QStringLiteral("chunks"), d.chunkCount},
                       {QStringLiteral("bytes"), d.sizeBytes},
                       {QStringLiteral("sha256"), QString::fromLatin1(d.sha256)},
                       {QStringLiteral("imported"), d.importedAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

int candidatesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto stop = ctx.parse(parser, args, CliTr::tr("List candidates with their document and chunk counts.")))
        return *stop;
    if (!ctx.positionalArguments(parser).isEmpty())
        return ctx.fail(CliTr::tr("%1 takes no arguments, only options; see `protostar-cli %1 --help`").arg(args.first()));
    auto store = ctx.openStore();
    if (!store)
        return 1;
    auto list = store->candidates();
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Candidate &c : *list)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("documents"), c.documentCount},
                                     {QStringLiteral("chunks"), c.chunkCount},
                                     {QStringLiteral("headings"), QJsonArray::fromStringList(c.headings)},
                                     {QStringLiteral("last_import"), c.lastImport.toUTC().toString(Qt::ISODate)}});
        printJson(ctx, array);
        return 0;
    }
    for (const Candidate &c : *list)
        ctx.out << c.name << "\t" << CliTr::tr("%1 documents").arg(c.documentCount) << "\t" << CliTr::tr("%1 chunks").arg(c.chunkCount) << "\t"
                << c.lastImport.toString(Qt::ISODate) << "\n";
    if (list->isEmpty())
        ctx.err << CliTr::tr("No candidates yet: `protostar-cli import PATH` adds some.") << "\n";
    return 0;
}

int documentsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    const QCommandLineOption candidate(QStringLiteral("candidate"), CliTr::tr("Only this candidate's documents."), QStringLiteral("NAME"));
    parser.addOption(candidate);
    if (auto stop = ctx.parse(parser, args, CliTr::tr("List documents.")))
        return *stop;
    // `documents 김지원` would otherwise list everyone's documents as if they were 김지원's.
    if (!ctx.positionalArguments(parser).isEmpty())
        return ctx.fail(CliTr::tr("%1 takes no arguments, only options; see `protostar-cli %1 --help`").arg(args.first()));
    auto store = ctx.openStore();
    if (!store)
        return 1;
    std::optional<CandidateId> filter;
    if (parser.isSet(candidate)) {
        auto c = findCandidate(ctx, *store, parser.value(candidate));
        if (!c)
            return 1;
        filter = c->id;
    }
    auto list = store->documents(filter);
    if (!list)
        return ctx.fail(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DocumentInfo &d : *list)
            array.append(toJson(d));
        printJson(ctx, array);
        return 0;
    }
    for (const DocumentInfo &d : *list)
        ctx.out << d.id << "\t" << d.candidateName << "\t" << d.fileName << "\t" << CliTr::tr("%1 chunks").arg(d.chunkCount) << "\n";
    return 0;
}

int chunksCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("DOCUMENT"), CliTr::tr("Document id (see `documents`) or file name."));
    if (auto stop = ctx.parse(parser, args, CliTr::tr("Show a document's paragraph chunks with their heading paths.")))
        return *stop;
    if (ctx.positionalArguments(parser).size() != 1)
        return ctx.fail(CliTr::tr("chunks takes one DOCUMENT (an id or a file name)"));
    auto store = ctx.openStore();
    if (!store)
        return 1;
    const QString key = ctx.positionalArguments(parser).first();
    auto docs = store->documents();
    if (!docs)
        return ctx.fail(docs.error());
    std::optional<DocumentInfo> doc;
    for (const DocumentInfo &d : *docs) {
        if (QString::number(d.id) == key || d.fileName == key || d.path == key) {
            doc = d;
            break;
        }
    }
    if (!doc)
        return ctx.fail(CliTr::tr("no document \"%1\"; `protostar-cli documents` lists them").arg(key));
    auto chunks = store->chunks(doc->id);
    if (!chunks)
        return ctx.fail(chunks.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Chunk &c : *chunks)
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("ordinal"), c.ordinal},
                                     {QStringLiteral("heading"), QJsonArray::fromStringList(c.headingPath)},
                                     {QStringLiteral("page"), c.page},
                                     {QStringLiteral("start"), qint64(c.startOffset)},
                                     {QStringLiteral("end"), qint64(c.endOffset)},
                                     {QStringLiteral("text"), c.text}});
        printJson(ctx, array);
        return 0;
    }
    for (const Chunk &c : *chunks) {
        ctx.out << "[" << c.ordinal << "] " << c.headingPath.join(QStringLiteral(" > "));
        if (c.page > 0)
            ctx.out << " (" << CliTr::tr("p.%1").arg(c.page) << ")";
        ctx.out << "\n" << c.text << "\n\n";
    }
    return 0;
}

int deleteCandidateCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), CliTr::tr("The candidate to delete."));
    if (auto stop = ctx.parse(parser, args, CliTr::tr("Delete a candidate with all their documents and chunks.")))
        return *stop;
    if (ctx.positionalArguments(parser).size() != 1)
        return ctx.fail(CliTr::tr("delete-candidate takes one NAME"));
    auto store = ctx.openStore(CliContext::Use::Write);
    if (!store)
        return 1;
    auto c = findCandidate(ctx, *store, ctx.positionalArguments(parser).first());
    if (!c)
        return 1;
    if (auto r = store->deleteCandidate(c->id); !r)
        return ctx.fail(r.error());
    ctx.err << CliTr::tr("Deleted %1 (%2 documents).").arg(c->name).arg(c->documentCount) << "\n";
    return 0;
}

} // namespace Protostar::Cli
