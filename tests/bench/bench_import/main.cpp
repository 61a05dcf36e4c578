// SPDX-License-Identifier: MIT
// bench_import: writes the 720 ko-rag-eval pages out as .txt files (one folder per source document,
// one file per page), replicated with a replica line until the corpus reaches --target-mb, then imports
// it into a fresh SQLite store with DocumentImporter and prints documents/s, MB/s and peak RSS.
#include "engine/documentimporter.h"
#include "engine/engineconfig.h"
#include "store/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Protostar;

namespace {

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

struct Page {
    QString document;
    int page = 0;
    QString text;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    double targetMb = 50;
    QString dataDir = EngineConfig::defaultSharedDataDir();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--target-mb"))
            targetMb = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--data"))
            dataDir = args[i + 1];
    }

    QFile corpus(QDir(dataDir).filePath(QStringLiteral("ko-rag-eval/corpus.jsonl")));
    if (!corpus.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "bench_import: cannot open %s; pass --data DIR (the shared data folder)\n", qPrintable(corpus.fileName()));
        return 1;
    }
    QList<Page> pages;
    static const QRegularExpression pageSuffix(QStringLiteral("^(.*) - (\\d+)$"));
    for (const QByteArray &line : corpus.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const auto m = pageSuffix.match(o.value(QStringLiteral("doc_id")).toString());
        Page p{m.captured(1), m.captured(2).toInt(), o.value(QStringLiteral("contents")).toString()};
        p.document.replace(QRegularExpression(QStringLiteral("[/\\\\:]")), QStringLiteral("_"));
        pages << p;
    }

    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("corpus"));
    qint64 corpusBytes = 0;
    int files = 0;
    int replica = 0;
    QStringList folders;
    while (corpusBytes < qint64(targetMb * 1024 * 1024)) {
        ++replica;
        for (const Page &p : pages) {
            const QString folder = QStringLiteral("%1/r%2/%3").arg(root).arg(replica, 3, 10, QLatin1Char('0')).arg(p.document);
            if (folders.isEmpty() || folders.last() != folder) {
                QDir().mkpath(folder);
                folders << folder;
            }
            // The replica line makes every copy's bytes distinct, so nothing is skipped as unchanged.
            const QByteArray bytes = QStringLiteral("replica %1 — %2 p.%3\n\n%4\n").arg(replica).arg(p.document).arg(p.page).arg(p.text).toUtf8();
            QFile f(QStringLiteral("%1/page-%2.txt").arg(folder).arg(p.page, 3, 10, QLatin1Char('0')));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
                fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(f.fileName()));
                return 1;
            }
            corpusBytes += bytes.size();
            ++files;
        }
    }
    folders.removeDuplicates();
    out << "corpus: " << files << " files, " << replica << " replicas, " << QString::number(corpusBytes / 1048576.0, 'f', 1) << " MB in "
        << folders.size() << " document folders\n";
    out.flush();

    auto store = SqliteStore::open(tmp.filePath(QStringLiteral("bench.db")));
    if (!store) {
        fprintf(stderr, "bench_import: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    ImportSummary total;
    int chunks = 0;
    for (const QString &folder : folders) {
        // One candidate per replica and source document, as a recruiter's folder per person would be.
        const QString candidate = folder.section(u'/', -2, -2) + u' ' + folder.section(u'/', -1);
        DocumentImporter importer(**store, ImportOptions{candidate, 50ll << 20, {}});
        const auto outcomes = importer.importPaths({folder});
        const ImportSummary s = DocumentImporter::summarize(outcomes);
        total.imported += s.imported;
        total.failed += s.failed;
        total.unchanged += s.unchanged;
        total.bytes += s.bytes;
        for (const ImportOutcome &o : outcomes)
            chunks += o.chunkCount;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double mb = total.bytes / 1048576.0;
    const double docsPerS = total.imported / seconds;
    const double mbPerS = mb / seconds;
    const double rss = peakRssMb();
    out << "imported " << total.imported << " documents (" << chunks << " chunks), unchanged " << total.unchanged << ", failed "
        << total.failed << "\n";
    out << "time " << QString::number(seconds, 'f', 2) << " s: " << QString::number(docsPerS, 'f', 1) << " documents/s, "
        << QString::number(mbPerS, 'f', 2) << " MB/s, peak RSS " << QString::number(rss, 'f', 1) << " MB\n";
    out << "BENCH " << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("docs_per_s"), docsPerS},
                                                                     {QStringLiteral("mb_per_s"), mbPerS},
                                                                     {QStringLiteral("peak_rss_mb"), rss},
                                                                     {QStringLiteral("documents"), total.imported},
                                                                     {QStringLiteral("chunks"), chunks},
                                                                     {QStringLiteral("failed"), total.failed},
                                                                     {QStringLiteral("megabytes"), mb},
                                                                     {QStringLiteral("seconds"), seconds}})
                                         .toJson(QJsonDocument::Compact))
        << "\n";
    return total.failed == 0 ? 0 : 1;
}
