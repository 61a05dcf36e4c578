// SPDX-License-Identifier: MIT
// For the tests that ask whole questions of imported documents: the offline pipeline as the app runs it
// (extractive provider, top 5), and what to print when an answer is not the expected one.
#pragma once

#include "engine/documentimporter.h"
#include "engine/knowledgebase.h"
#include "engine/questionanswerer.h"
#include "engine/sessionmemory.h"
#include "providers/extractiveanswerprovider.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace Protostar::Test {

// The demo corpus's résumés (resources/demo, without its README), as the desktop imports them on first start.
inline QStringList demoResumePaths()
{
    const QDir demo(QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/resources/demo")));
    QStringList paths;
    for (const QString &f : demo.entryList({QStringLiteral("*-*.md"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(demo.filePath(f));
    return paths;
}

// The six résumés of tests/data/recruiter14 (Markdown and text; unlike the demo in form and language).
inline QStringList recruiter14Paths()
{
    const QDir data(QDir::cleanPath(qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/tests/data/recruiter14")));
    QStringList paths;
    for (const QString &f : data.entryList({QStringLiteral("*-*.md"), QStringLiteral("*-*.txt")}, QDir::Files, QDir::Name))
        paths.append(data.filePath(f));
    return paths;
}

// The candidates' file names as the question tests expect them among the cited documents: the demo's seven
// (choi … park) and recruiter14's six (han … yoon). A test brings them in with `using namespace Test::Files;`.
namespace Files {
inline const QString kChoi = QStringLiteral("choi-minho-career.md");
inline const QString kDaniel = QStringLiteral("daniel-cho-resume.txt");
inline const QString kJane = QStringLiteral("jane-park-resume.md");
inline const QString kKim = QStringLiteral("kim-jiwon-resume.md");
inline const QString kKimCareer = QStringLiteral("kim-jiwon-career.md");
inline const QString kLee = QStringLiteral("lee-haeun-resume.md");
inline const QString kPark = QStringLiteral("park-seojun-career.txt");
inline const QString kHan = QStringLiteral("han-seoyeon-intro.txt");
inline const QString kKang = QStringLiteral("kang-dohyun-resume.md");
inline const QString kLena = QStringLiteral("lena-fischer-portfolio.md");
inline const QString kOliver = QStringLiteral("oliver-grant-cv.md");
inline const QString kSong = QStringLiteral("song-minjae-resume.txt");
inline const QString kYoon = QStringLiteral("yoon-jiho-resume.md");
} // namespace Files

// Opens a new store at `databasePath`, imports `paths` (every one must import: `expected` of them) and loads
// `knowledge` from it, as a question test's set-up does. Empty when all went so, else what did not.
inline QString importFresh(const QString &databasePath, const QStringList &paths, int expected, std::unique_ptr<SqliteStore> &store,
                           KnowledgeBase &knowledge)
{
    auto opened = SqliteStore::open(databasePath);
    if (!opened)
        return opened.error().message;
    store = std::move(opened).value();
    DocumentImporter importer(*store);
    const ImportSummary summary = DocumentImporter::summarize(importer.importPaths(paths));
    if (summary.failed != 0 || summary.imported != expected)
        return QStringLiteral("imported %1, failed %2, expected %3 imported").arg(summary.imported).arg(summary.failed).arg(expected);
    auto loaded = knowledge.load(*store);
    return loaded ? QString() : loaded.error().message;
}

// A corpus a question test imports once in its set-up: the store and the knowledge base loaded from it.
struct ImportedCorpus
{
    QTemporaryDir folder; // for importDemoAndRecruiter14() without a path
    std::unique_ptr<SqliteStore> store;
    KnowledgeBase knowledge;

    // Empty when every one of `paths` imported (`expected` of them) into a new store at `databasePath`, else what did not.
    QString import(const QString &databasePath, const QStringList &paths, int expected)
    {
        return importFresh(databasePath, paths, expected, store, knowledge);
    }

    // The demo résumés and recruiter14's six together, as a recruiter with both folders imported has them.
    QString importDemoAndRecruiter14(const QString &databasePath)
    {
        const QStringList paths = demoResumePaths() + recruiter14Paths();
        return import(databasePath, paths, int(paths.size()));
    }

    // The same, into a database in a folder of its own that lives as long as this corpus; what a question test's
    // initTestCase() does. Empty when it went so, else what did not.
    QString importDemoAndRecruiter14()
    {
        if (qEnvironmentVariableIsEmpty("PROTOSTAR_SOURCE_DIR"))
            return QStringLiteral("run under ctest (PROTOSTAR_SOURCE_DIR)");
        if (!folder.isValid())
            return QStringLiteral("no temporary folder: ") + folder.errorString();
        return importDemoAndRecruiter14(folder.filePath(QStringLiteral("all.db")));
    }

    // Answers `question` in `session` offline and stores the turn's summary (ExtractiveTurnCompressor), as
    // `protostar-cli ask --session` does between two calls.
    Result<Answer> askInSession(SessionId session, const QString &question, AnswerTrace *trace)
    {
        ExtractiveAnswerProvider provider;
        QuestionAnswerer answerer(knowledge, provider, store.get());
        auto answer = answerer.answer(Question{question, {}, session, 5}, {}, nullptr, trace);
        if (answer && trace->turnId != 0) {
            ExtractiveTurnCompressor compressor;
            if (auto stored = SessionMemory::compressTurn(*store, session, trace->turnId, compressor); !stored)
                return stored.error();
        }
        return answer;
    }

    // A new session titled after the current data row: `earlier` asked and recorded in order, then `question`,
    // whose answer is returned.
    Result<Answer> converse(const QStringList &earlier, const QString &question, AnswerTrace *trace)
    {
        auto session = store->createSession(QString::fromUtf8(QTest::currentDataTag()));
        if (!session)
            return session.error();
        for (const QString &q : earlier) {
            AnswerTrace earlierTrace;
            if (auto a = askInSession(*session, q, &earlierTrace); !a)
                return a.error();
        }
        return askInSession(*session, question, trace);
    }

    // Whom the documents were filed under, sorted; empty when the store cannot list them.
    QStringList candidateNames() const
    {
        QStringList names;
        if (auto candidates = store->candidates()) {
            for (const Candidate &c : *candidates)
                names << c.name;
        }
        names.sort();
        return names;
    }
};

inline Result<Answer> askOffline(const KnowledgeBase &knowledge, const QString &question, AnswerTrace *trace)
{
    ExtractiveAnswerProvider provider;
    QuestionAnswerer answerer(knowledge, provider);
    return answerer.answer(Question{question, {}, 0, 5}, {}, nullptr, trace);
}

// The answer, its supports and retrieval query, what it cites and what was retrieved.
inline QString describe(const Answer &a, const AnswerTrace &trace)
{
    QString s = QStringLiteral("found=%1 support=%2/%3 query=%4 text=%5\n")
                    .arg(a.found)
                    .arg(trace.support)
                    .arg(trace.sentenceSupport)
                    .arg(trace.retrievalQuery, a.text);
    for (const Citation &c : a.citations)
        s += QStringLiteral("  cites [%1] %2 %3\n").arg(c.n).arg(c.document, c.quote.left(60).simplified());
    for (const SearchHit &h : trace.hits)
        s += QStringLiteral("  hit %1 %2 %3\n").arg(h.score).arg(h.ref.documentName, h.ref.chunk.text.left(60).simplified());
    return s;
}

// How a question test checks what an answer cites: those files and nothing else, or first one of them (others may follow).
enum class Cited { Only, FirstAmong };

// What is wrong with `a` as the answer expected: it must be found, cite each of `files` (as `cited` says), quote each of
// `phrases` and none of `absent`, and have no sentence removed by the figure guard. Empty when nothing is.
inline QString mismatch(const Answer &a, const AnswerTrace &trace, const QStringList &files, const QStringList &phrases,
                        const QStringList &absent, Cited cited)
{
    const QString why = describe(a, trace);
    if (!a.found)
        return why;
    if (cited == Cited::FirstAmong && (a.citations.isEmpty() || !files.contains(a.citations.first().document)))
        return QStringLiteral("first citation not among the files\n") + why;
    for (const QString &f : files) {
        if (std::none_of(a.citations.cbegin(), a.citations.cend(), [&](const Citation &c) { return c.document == f; }))
            return f + QStringLiteral(" not cited\n") + why;
    }
    for (const Citation &c : a.citations) {
        if (cited == Cited::Only && !files.contains(c.document))
            return c.document + QStringLiteral(" cited\n") + why;
    }
    for (const QString &p : phrases) {
        if (!a.text.contains(p))
            return p + QStringLiteral(" missing\n") + why;
    }
    for (const QString &p : absent) {
        if (a.text.contains(p))
            return p + QStringLiteral(" quoted\n") + why;
    }
    if (!a.unverified.isEmpty())
        return QStringLiteral("removed: ") + a.unverified.join(u'|');
    return {};
}

// What is wrong with a who-question's answer: each of `cited` must be cited, none of `notCited`, and each of `phrases`
// quoted; others may be cited too. Empty when nothing is; each problem ends with "; ".
inline QString citesMismatch(const Answer &a, const QStringList &cited, const QStringList &notCited, const QStringList &phrases)
{
    QString wrong;
    QStringList files;
    for (const Citation &c : a.citations)
        files << c.document;
    for (const QString &f : cited)
        if (!files.contains(f))
            wrong += f + QStringLiteral(" not cited; ");
    for (const QString &f : notCited)
        if (files.contains(f))
            wrong += f + QStringLiteral(" cited; ");
    for (const QString &p : phrases)
        if (!a.text.contains(p))
            wrong += p + QStringLiteral(" missing; ");
    return wrong;
}

// The columns of a table of who-questions, checked by verifyWhoRow().
inline void addWhoColumns()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QStringList>("cited");    // candidates' files, every one cited
    QTest::addColumn<QStringList>("notCited"); // files never cited
    QTest::addColumn<QStringList>("phrases");  // each quoted in the answer
}

// Asks the current row's who-question of `knowledge` offline: it must be answered, no figure removed, and cite as
// citesMismatch() expects.
inline void verifyWhoRow(const KnowledgeBase &knowledge)
{
    QFETCH(QString, question);
    QFETCH(QStringList, cited);
    QFETCH(QStringList, notCited);
    QFETCH(QStringList, phrases);
    AnswerTrace trace;
    auto a = askOffline(knowledge, question, &trace);
    QVERIFY(a.ok());
    QString wrong = citesMismatch(*a, cited, notCited, phrases);
    if (!a->unverified.isEmpty() || !a->found)
        wrong += QStringLiteral("a figure removed or refused; ");
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong + u'\n' + describe(*a, trace)));
}

// The columns of a table of answered questions, checked by verifyAnswerRow().
inline void addAnswerColumns()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QStringList>("files");   // cited, as the test's Cited says
    QTest::addColumn<QStringList>("phrases"); // each quoted in the answer
    QTest::addColumn<QStringList>("absent");  // none quoted in the answer
}

// Asks `question` of `knowledge` offline; the answer must be as mismatch() expects it.
inline void verifyAnswer(const KnowledgeBase &knowledge, const QString &question, const QStringList &files, const QStringList &phrases,
                         const QStringList &absent, Cited cited)
{
    AnswerTrace trace;
    auto a = askOffline(knowledge, question, &trace);
    QVERIFY(a.ok());
    const QString wrong = mismatch(*a, trace, files, phrases, absent, cited);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

// verifyAnswer() for the current row of a table made with addAnswerColumns().
inline void verifyAnswerRow(const KnowledgeBase &knowledge, Cited cited)
{
    QFETCH(QString, question);
    QFETCH(QStringList, files);
    QFETCH(QStringList, phrases);
    QFETCH(QStringList, absent);
    verifyAnswer(knowledge, question, files, phrases, absent, cited);
}

// Asks `question` of `knowledge` offline; it must be refused.
inline void verifyRefused(const KnowledgeBase &knowledge, const QString &question)
{
    AnswerTrace trace;
    auto a = askOffline(knowledge, question, &trace);
    QVERIFY(a.ok());
    QVERIFY2(!a->found, qPrintable(describe(*a, trace)));
}

// verifyRefused() for the current row of a table whose column is "question".
inline void verifyRefusedRow(const KnowledgeBase &knowledge)
{
    QFETCH(QString, question);
    verifyRefused(knowledge, question);
}

// The columns of a table of answered questions whose answer must not say something, checked by verifyNotQuotedRow().
inline void addNotQuotedColumns()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("pattern"); // a regular expression no line of the answer matches
}

// Asks the current row's question of `knowledge` offline: it must be answered, and no line of it match the row's
// pattern.
inline void verifyNotQuotedRow(const KnowledgeBase &knowledge)
{
    QFETCH(QString, question);
    QFETCH(QString, pattern);
    AnswerTrace trace;
    auto a = askOffline(knowledge, question, &trace);
    QVERIFY(a.ok());
    QVERIFY2(a->found, qPrintable(describe(*a, trace)));
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    QVERIFY2(!re.match(a->text).hasMatch(), qPrintable(describe(*a, trace)));
}

} // namespace Protostar::Test
