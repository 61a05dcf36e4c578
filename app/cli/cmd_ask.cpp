// SPDX-License-Identifier: MIT
// ask: answer a question from the stored documents only, with numbered sources or a refusal.
#include "clicontext.h"

#include "engine/answerjson.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/sessionmemory.h"
#include "providers/provideroptions.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Protostar::Cli {

namespace {

QString where(const Citation &c)
{
    QString s = c.candidate + QStringLiteral(" — ") + c.document;
    if (c.page > 0)
        s += QStringLiteral(", ") + CliTr::tr("p. %1").arg(c.page);
    if (!c.headingPath.isEmpty())
        s += QStringLiteral(", ") + AnswerJson::heading(c.headingPath);
    return s;
}

QString excerpt(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > 240 ? flat.left(240) + QStringLiteral("…") : flat;
}

} // namespace

int askCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption candidateOption(QStringLiteral("candidate"),
                                             CliTr::tr("Only this candidate's documents (repeat for several)."),
                                             QStringLiteral("NAME"));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           CliTr::tr("Record the turn in this session (started if new) and use its memory for follow-ups; on a read-only database the memory is used and the turn is not recorded."),
                                           QStringLiteral("ID"));
    const QCommandLineOption kOption(QStringLiteral("k"), CliTr::tr("Passages retrieved as evidence (default 5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliTr::tr("Print one JSON object instead of streaming."));
    parser.addOptions({candidateOption, sessionOption, kOption, jsonOption});
    ProviderOptions::addTo(parser);
    parser.addPositionalArgument(QStringLiteral("QUESTION"), CliTr::tr("The question, in Korean or English."));
    if (auto stop = ctx.parse(parser, args,
                              CliTr::tr("Ask a question; the answer comes only from the documents, with numbered sources.")))
        return *stop;

    const QString text = ctx.positionalArguments(parser).join(u' ').trimmed();
    if (text.isEmpty())
        return ctx.fail(CliTr::tr("ask needs a question, e.g. protostar-cli ask \"%1\"").arg(QStringLiteral("김지원의 경력은?")));
    bool ok = false;
    const int k = parser.value(kOption).toInt(&ok);
    if (!ok || k < 1 || k > 50)
        return ctx.fail(CliTr::tr("--k needs a number from 1 to 50"));

    auto providerConfig = ProviderOptions::fromParser(parser);
    if (!providerConfig)
        return ctx.fail(providerConfig.error());
    auto provider = ProviderFactory::create(*providerConfig, {});
    if (!provider)
        return ctx.fail(provider.error());

    // Recording the turn (--session) writes, but asking never needs to: on a database that may not be written the
    // session's memory is still read (a follow-up is answered with its earlier turns), and only the new turn is not
    // kept, as the desktop does with a read-only file.
    std::unique_ptr<Store> store = ctx.openStore(CliContext::Use::Read);
    if (!store)
        return 1;
    const bool recordTurn = !ctx.openedReadOnly;

    Question question;
    question.text = text;
    question.k = k;
    for (const QString &name : parser.values(candidateOption)) {
        auto found = CliContext::findCandidate(*store, name);
        if (!found)
            return ctx.fail(found.error());
        if (!found->has_value())
            return ctx.fail(CliTr::tr("no candidate named \"%1\"; `protostar-cli candidates` lists them").arg(name));
        question.candidates.append((*found)->id);
    }
    if (parser.isSet(sessionOption)) {
        question.session = parser.value(sessionOption).toLongLong(&ok);
        if (!ok || question.session <= 0)
            return ctx.fail(CliTr::tr("--session needs a session id (a positive number)"));
        // A new id starts that conversation, titled by its first question (as the desktop titles one).
        if (!recordTurn) {
            const QString why = ctx.readOnly ? CliTr::tr("it was opened with --read-only")
                                             : CliTr::tr("you may not write the file or its folder");
            ctx.err << "protostar-cli: "
                    << CliTr::tr("the database %1 is read-only (%2): the question is answered with session %3's memory, "
                                 "but the turn is not recorded.")
                           .arg(QDir::toNativeSeparators(ctx.databasePath), why)
                           .arg(question.session)
                    << "\n";
            ctx.err.flush();
        } else if (auto ensured = store->ensureSession(question.session, question.text.left(80)); !ensured) {
            return ctx.fail(ensured.error());
        }
    }

    KnowledgeBase knowledge;
    auto loaded = knowledge.load(*store);
    if (!loaded)
        return ctx.fail(loaded.error());
    // The refusal below is still the answer (exit 0), but a database without passages is most often a
    // mistyped --db or a forgotten import, not documents that do not say: stderr tells which. Passages are
    // counted, so documents whose text gave none are named as such, not called "no documents".
    if (*loaded == 0) {
        auto documents = store->documents(std::nullopt);
        if (!documents)
            return ctx.fail(documents.error());
        const QString db = QDir::toNativeSeparators(ctx.databasePath);
        ctx.err << "protostar-cli: "
                << (documents->isEmpty()
                        ? CliTr::tr("the database %1 holds no documents yet; import some with protostar-cli --db FILE import PATH").arg(db)
                        : CliTr::tr("the database %1 holds %n document(s), but no text was found in them to search (a scanned "
                                    "PDF without a text layer gives none); `protostar-cli documents` lists them with their "
                                    "chunk counts",
                                    nullptr, int(documents->size()))
                              .arg(db))
                << "\n";
    }

    const bool json = parser.isSet(jsonOption);
    QString streamed;
    QString pending; // a marker cut between two deltas ("[1" … "2]") waits for its end
    QHash<int, int> dense;
    // The answer numbers its sources 1, 2, 3… in the order it first cites them (QuestionAnswerer); the
    // stream, which cites the evidence's own numbers, is renumbered the same way as it goes, so the
    // final answer need not be printed again unless the figure guard changed it.
    auto emitStream = [&](bool last) {
        static const QRegularExpression marker(QStringLiteral("\\[(\\d+)\\]"));
        qsizetype ready = pending.size();
        const qsizetype open = pending.lastIndexOf(u'[');
        if (!last && open >= 0 && pending.indexOf(u']', open) < 0 && pending.size() - open <= 6)
            ready = open;
        QString text;
        qsizetype from = 0;
        for (auto it = marker.globalMatch(QStringView(pending).left(ready)); it.hasNext();) {
            const auto m = it.next();
            const int n = m.captured(1).toInt();
            if (!dense.contains(n))
                dense.insert(n, int(dense.size() + 1));
            text += pending.mid(from, m.capturedStart(0) - from) + u'[' + QString::number(dense.value(n)) + u']';
            from = m.capturedEnd(0);
        }
        text += pending.mid(from, ready - from);
        pending = pending.mid(ready);
        streamed += text;
        ctx.out << text;
        ctx.out.flush();
    };
    TokenSink sink;
    if (!json) {
        sink = [&](const QString &delta) {
            pending += delta;
            emitStream(false);
        };
    }
    AnswererOptions answererOptions;
    answererOptions.recordTurns = recordTurn;
    QuestionAnswerer answerer(knowledge, **provider, store.get(), answererOptions);
    AnswerTrace trace;
    auto answer = answerer.answer(question, sink, nullptr, &trace);
    if (!json)
        emitStream(true);
    if (!answer) {
        if (!streamed.isEmpty())
            ctx.out << "\n";
        return ctx.fail(answer.error());
    }
    // The process ends here, so the turn is summarised now rather than on a background pool: a
    // follow-up asked in the next call then finds this turn's summary in the session's memory.
    if (trace.turnId != 0) {
        ExtractiveTurnCompressor compressor;
        auto compressed = SessionMemory::compressTurn(*store, question.session, trace.turnId, compressor);
        if (!compressed)
            ctx.err << "protostar-cli: " << CliTr::tr("the turn was recorded, but its summary was not: %1").arg(compressed.error().toString())
                    << "\n";
    }

    if (json) {
        ctx.out << QJsonDocument(AnswerJson::answer(*answer)).toJson(QJsonDocument::Compact) << "\n";
        ctx.out.flush();
        return 0;
    }
    // The figure guard or the refusal may have changed what was streamed: show what stands.
    if (streamed.trimmed() != answer->text)
        ctx.out << "\n\n" << answer->text;
    ctx.out << "\n";
    if (!answer->citations.isEmpty()) {
        ctx.out << "\n" << CliTr::tr("Sources:") << "\n";
        for (const Citation &c : answer->citations)
            ctx.out << "  [" << c.n << "] " << where(c) << "\n      " << excerpt(c.quote) << "\n";
    }
    if (!answer->unverified.isEmpty()) {
        ctx.out << "\n" << CliTr::tr("Removed (a figure was not found verbatim in the cited source):") << "\n";
        for (const QString &s : answer->unverified)
            ctx.out << "  - " << s << "\n";
    }
    if (!answer->found && !answer->related.isEmpty()) {
        ctx.out << "\n" << CliTr::tr("Related passages (not an answer):") << "\n";
        for (const Citation &c : answer->related)
            ctx.out << "  " << c.n << ". " << where(c) << "\n      " << excerpt(c.quote) << "\n";
    }
    ctx.out.flush();
    return 0;
}

} // namespace Protostar::Cli
