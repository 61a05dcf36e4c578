// SPDX-License-Identifier: MIT
// bench_gui: the longest event-loop stall of the main window (a 1 ms QTimer measuring the gaps between
// its ticks) while 500 documents import and while answers stream, and the time from launching
// `protostar` to an interactive window with the demo corpus. Prints figures; the last line is BENCH {json}.
#include "mainwindow.h"
#include "models/transcriptmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Protostar;

namespace {

// Measures the largest gap between ticks of a 1 ms timer on the GUI thread while running.
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return m_maxGapNs / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
};

template<typename Signal>
bool waitFor(MainWindow *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

QStringList writeCorpus(const QString &dir, int count)
{
    const QStringList skills{QStringLiteral("PostgreSQL"), QStringLiteral("Kafka"), QStringLiteral("Kubernetes"),
                             QStringLiteral("React"), QStringLiteral("Qt/C++"), QStringLiteral("Elasticsearch")};
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString skill = skills[i % skills.size()];
        QString text = QStringLiteral("# 이력서 - 후보자%1\n\n## 경력사항\n\n### 회사%2 (2019.03 ~ 2023.02)\n\n").arg(i, 3, 10, QLatin1Char('0')).arg(i % 37);
        text += QStringLiteral("%1 기반 시스템을 운영하며 피크 TPS %2을 처리했습니다. 응답시간을 %3ms에서 %4ms로 줄였습니다.\n\n")
                    .arg(skill).arg(1000 + i * 17).arg(400 + i % 90).arg(60 + i % 40);
        text += QStringLiteral("팀 규모 %1명을 이끌며 분기별 장애 건수를 %2건에서 %3건으로 줄였습니다.\n\n").arg(3 + i % 9).arg(10 + i % 7).arg(i % 4);
        text += QStringLiteral("## 기술\n\n%1, Git, Linux, Docker\n\n## Experience\n\nBuilt %1 services handling %2 requests per day.\n")
                    .arg(skill).arg(100000 + i * 331);
        const QString path = QDir(dir).filePath(QStringLiteral("docs/candidate-%1.md").arg(i, 3, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        paths << path;
    }
    return paths;
}

// Milliseconds from starting `protostar --exit-when-ready` to its report, measured from outside.
double launchMs(const QString &db, const QString &configHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(PROTOSTAR_GUI_BINARY), {QStringLiteral("--db"), db, QStringLiteral("--exit-when-ready")});
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", PROTOSTAR_GUI_BINARY);
    while (!p.canReadLine() && p.state() != QProcess::NotRunning)
        p.waitForReadyRead(100);
    const double ms = t.nsecsElapsed() / 1e6;
    p.waitForFinished(60000);
    if (!p.readAll().startsWith("ready_ms"))
        qFatal("protostar did not report ready: %s", p.readAllStandardError().constData());
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int documents = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    QTemporaryDir dir;
    const QStringList paths = writeCorpus(dir.path(), documents);

    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("bench.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    MainWindow window(config, nullptr, options);
    window.resize(1400, 860);
    window.show();
    if (!window.isReady() && !waitFor(&window, &MainWindow::ready, 60000))
        qFatal("the window did not become ready");

    StallMonitor monitor;
    QElapsedTimer importClock;
    monitor.start();
    importClock.start();
    window.importPaths(paths);
    if (!waitFor(&window, &MainWindow::importsSettled, 600000))
        qFatal("the import did not finish");
    const double importStall = monitor.stopMs();
    const double importSeconds = importClock.elapsed() / 1000.0;
    std::printf("import: %d documents in %.2f s, longest event-loop stall %.1f ms\n", documents, importSeconds, importStall);

    const QStringList questions{QStringLiteral("PostgreSQL 피크 TPS를 처리한 후보자는?"),
                                QStringLiteral("Who built Kafka services handling requests per day?"),
                                QStringLiteral("팀 규모와 장애 건수를 줄인 경험은?"),
                                QStringLiteral("Elasticsearch 응답시간을 줄인 사람은?"),
                                QStringLiteral("Which candidate knows Qt/C++?")};
    double streamStall = 0;
    int tokens = 0;
    QObject::connect(window.transcriptModel(), &QAbstractItemModel::dataChanged, [&tokens] { ++tokens; });
    for (const QString &q : questions) {
        monitor.start();
        window.ask(q);
        if (!waitFor(&window, &MainWindow::answerCompleted, 120000))
            qFatal("no answer for %s", qPrintable(q));
        streamStall = std::max(streamStall, monitor.stopMs());
    }
    std::printf("stream: %lld questions, %d transcript updates, longest event-loop stall %.1f ms\n",
                static_cast<long long>(questions.size()), tokens, streamStall);

    // Launch: the first start imports the demo corpus; later starts open it. Both are reported; the
    // headline figure is the median of warm starts.
    const QString demoDb = dir.filePath(QStringLiteral("demo.db"));
    const QString configHome = dir.filePath(QStringLiteral("config"));
    const double firstStart = launchMs(demoDb, configHome);
    QList<double> warm;
    for (int i = 0; i < 5; ++i)
        warm << launchMs(demoDb, configHome);
    std::sort(warm.begin(), warm.end());
    const double median = warm[warm.size() / 2];
    std::printf("launch to interactive window: first start (imports the demo corpus) %.0f ms; "
                "warm starts median %.0f ms (min %.0f, max %.0f)\n",
                firstStart, median, warm.first(), warm.last());

    QJsonObject bench{{QStringLiteral("max_stall_import_ms"), qRound(importStall * 10) / 10.0},
                      {QStringLiteral("max_stall_stream_ms"), qRound(streamStall * 10) / 10.0},
                      {QStringLiteral("launch_to_interactive_ms"), qRound(median)},
                      {QStringLiteral("launch_first_start_ms"), qRound(firstStart)},
                      {QStringLiteral("import_documents"), documents},
                      {QStringLiteral("import_seconds"), qRound(importSeconds * 100) / 100.0}};
    std::printf("BENCH %s\n", QJsonDocument(bench).toJson(QJsonDocument::Compact).constData());
    return 0;
}
