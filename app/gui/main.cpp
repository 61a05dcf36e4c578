// SPDX-License-Identifier: MIT
// protostar: the recruiter's desktop. Parses arguments, builds the EngineConfig, shows the MainWindow.
#include "languagemanager.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "models/citationmodel.h"

#include "engine/engineconfig.h"
#include "store/sqlitestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Protostar;

namespace {

QString databasePath(const QString &fromArgument)
{
    if (fromArgument.isEmpty() && qEnvironmentVariableIsEmpty("PROTOSTAR_DB")) {
        if (const QString folder = SettingsDialog::dataFolder(); !folder.isEmpty() && QDir().mkpath(folder))
            return QDir(folder).filePath(QStringLiteral("protostar.db"));
    }
    return EngineConfig::resolveDatabasePath(fromArgument);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Protostar"));
    QApplication::setApplicationName(QStringLiteral("protostar"));
    QApplication::setApplicationVersion(QStringLiteral(PROTOSTAR_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("protostar")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Protostar: ask candidates' documents, get answers with sources."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: ko or en."), QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window into FILE (PNG) once started, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption question(QStringLiteral("ask"),
                                      QStringLiteral("With --screenshot: ask QUESTION first and show its first source; repeated, the questions are one conversation, asked in turn."),
                                      QStringLiteral("QUESTION"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size WxH (default: 1400x860, less on a smaller screen; always 1400x860 for --screenshot)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption readyExit(QStringLiteral("exit-when-ready"),
                                       QStringLiteral("Print the milliseconds from launch to an interactive window, then exit."));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"), QStringLiteral("Do not import the demo corpus on first start."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open the database without writing to it (as for a file you may not write)."));
    parser.addOptions({db, lang, screenshot, question, size, readyExit, noDemo, readOnly});
    parser.process(app);

    LanguageManager language;
    const QString chosen = parser.isSet(lang) ? parser.value(lang) : LanguageManager::preferredLanguage();
    if (!language.setLanguage(chosen) && chosen != QLatin1String("en"))
        std::fprintf(stderr, "protostar: no translation for \"%s\" found in %s; using English\n", qPrintable(chosen),
                     qPrintable(LanguageManager::searchPaths().join(QStringLiteral(", "))));

    EngineConfig config;
    config.databasePath = databasePath(parser.value(db));
    config.readOnly = parser.isSet(readOnly);
    MainWindow::Options options;
    options.importDemoOnFirstStart = !parser.isSet(noDemo);
    // A shared or archived file the recruiter may not write is still worth asking (SqliteStore opens it read-only).
    options.readOnly = parser.isSet(readOnly) || SqliteStore::accessFor(config.databasePath) == SqliteDatabase::Access::ReadOnly;
    MainWindow window(config, &language, options);
    // A screenshot is rendered at the same size on any screen; a normal start fits the screen (MainWindow).
    const QString wantedSize = parser.isSet(size) ? parser.value(size)
                                                  : parser.isSet(screenshot) ? QStringLiteral("1400x860") : QString();
    const QStringList wh = wantedSize.split(u'x');
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
        window.resize(wh[0].toInt(), wh[1].toInt());
    window.show();

    // Work that waits for an interactive window; ready() may in principle come before we connect.
    auto whenReady = [&window](auto &&f) {
        if (window.isReady())
            QTimer::singleShot(0, &window, f);
        else
            QObject::connect(&window, &MainWindow::ready, &window, f);
    };
    if (parser.isSet(readyExit)) {
        whenReady([&] {
            std::printf("ready_ms %lld\n", static_cast<long long>(sinceLaunch.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        });
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        auto grab = [&window, file] {
            // One more pass so the transcript and tables have laid out what arrived last.
            QTimer::singleShot(50, &window, [&window, file] {
                const bool saved = window.grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "protostar: cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        whenReady([&, grab] {
            // Nothing can be asked of a store that could not be read: show its error as it is.
            if (!parser.isSet(question) || !window.loadError().isEmpty()) {
                grab();
                return;
            }
            // Several --ask are one conversation, asked in turn (a follow-up shows the memory at work).
            auto questions = std::make_shared<QStringList>(parser.values(question));
            QObject::connect(&window, &MainWindow::answerCompleted, &window, [&, grab, questions] {
                if (!questions->isEmpty()) {
                    window.ask(questions->takeFirst());
                    return;
                }
                QObject::connect(&window, &MainWindow::citationShown, &window, grab);
                const auto &cites = window.citationModel()->citations();
                if (cites.isEmpty())
                    grab();
                else
                    window.showCitation(cites.first());
            });
            window.ask(questions->takeFirst());
        });
        QTimer::singleShot(120000, &app, [] {
            std::fprintf(stderr, "protostar: the window did not become ready within 120 s\n");
            QApplication::exit(2);
        });
    }
    return app.exec();
}
