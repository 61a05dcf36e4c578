// SPDX-License-Identifier: MIT
// bench_linejoins: every line break of ko-rag-eval's page text between a line ending in a Hangul syllable and one
// starting with one, and what LineJoiner (built per document from all its pages' lines, as PdfReader builds it per
// file) makes of it: joined by the document's vocabulary, by the 하다/되다 rule, or left apart. Prints --sample N
// random joins of each kind (seeded: the same sample on every run) to check by hand, then `BENCH {json}`. Line ends
// hyphenated in English are counted apart: the hyphen kept (a compound) or dropped (a word cut).
// The page text is not read through PdfReader (the evaluation indexes it as text), so these joins change no eval figure.
#include "benchsets.h"
#include "engine/evaldatasets.h"
#include "ingest/linejoiner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Protostar;

namespace {

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// The word a break cuts: the last word of the line, "/", the first of the next (for the printed sample).
QString cut(const QString &line, const QString &next)
{
    return line.split(u' ', Qt::SkipEmptyParts).constLast() + QStringLiteral(" / ") + next.split(u' ', Qt::SkipEmptyParts).constFirst();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const Bench::BenchOptions shared(parser, Bench::BenchOptions::K::Without);
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QStringLiteral("Joins printed at random (default 50)."),
                                          QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(sampleOption);
    parser.process(app);

    const auto loaded = Bench::loadSet(QStringLiteral("ko-rag-eval"), shared, "bench_linejoins");
    if (!loaded)
        return 1;
    QMap<QString, QStringList> documents; // source PDF -> its lines, pages in order
    qsizetype lineCount = 0;
    for (const EvalPassage &p : loaded->passages) {
        documents[p.source] += p.text.split(u'\n');
        lineCount += p.text.count(u'\n') + 1;
    }

    int breaks = 0;
    QStringList byVocabulary;
    QStringList byVerb;
    QStringList hyphenKept;
    QStringList hyphenDropped;
    qint64 joinNs = 0; // building each document's joiner and asking it about every line break, as PdfReader does
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        const QStringList &lines = it.value();
        QElapsedTimer timer;
        timer.start();
        const LineJoiner joiner(lines);
        QList<QString> joins(lines.size());
        QList<LineJoiner::Rule> rules(lines.size(), LineJoiner::Rule::None);
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            joins[i] = joiner.join(lines[i], lines[i + 1], &rules[i]);
        joinNs += timer.nsecsElapsed();
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            const QString next = lines[i + 1].trimmed();
            // An English word hyphenated at the line's end: joined without its hyphen, or kept as a compound.
            if (rules[i] == LineJoiner::Rule::Hyphen) {
                (joins[i] == line + next ? hyphenKept : hyphenDropped).append(cut(line, next));
                continue;
            }
            if (line.isEmpty() || next.isEmpty() || !isHangul(line.back()) || !isHangul(next.front()))
                continue;
            ++breaks;
            const QString &joined = joins[i];
            if (joined.isEmpty())
                continue;
            (rules[i] == LineJoiner::Rule::VerbEnding ? byVerb : byVocabulary).append(cut(line, next));
        }
    }

    QTextStream out(stdout);
    const int sample = parser.value(sampleOption).toInt();
    QRandomGenerator random(12);
    for (const auto &[name, joins] : {std::pair{QStringLiteral("vocabulary"), byVocabulary}, std::pair{QStringLiteral("verb"), byVerb},
                                      std::pair{QStringLiteral("hyphen-kept"), hyphenKept},
                                      std::pair{QStringLiteral("hyphen-dropped"), hyphenDropped}}) {
        QStringList pool = joins;
        for (int n = 0; n < sample && !pool.isEmpty(); ++n)
            out << name << "  " << pool.takeAt(random.bounded(int(pool.size()))) << "\n";
    }
    out << "documents " << documents.size() << "  hangul breaks " << breaks << "  joined by vocabulary " << byVocabulary.size()
        << "  by the 하다/되다 rule " << byVerb.size() << "  left apart " << breaks - byVocabulary.size() - byVerb.size() << "\n"
        << "hyphen breaks " << hyphenKept.size() + hyphenDropped.size() << "  hyphen kept " << hyphenKept.size()
        << "  dropped (word joined) " << hyphenDropped.size() << "\n"
        << "lines " << lineCount << "  joiner time " << joinNs / 1e6 << " ms\n";
    const QJsonObject bench{{QStringLiteral("documents"), int(documents.size())},
                            {QStringLiteral("hangul_breaks"), breaks},
                            {QStringLiteral("joined_vocabulary"), int(byVocabulary.size())},
                            {QStringLiteral("joined_verb"), int(byVerb.size())},
                            {QStringLiteral("hyphen_kept"), int(hyphenKept.size())},
                            {QStringLiteral("hyphen_dropped"), int(hyphenDropped.size())},
                            {QStringLiteral("lines"), int(lineCount)},
                            {QStringLiteral("joiner_ms"), joinNs / 1e6}};
    out << "BENCH " << QJsonDocument(bench).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
