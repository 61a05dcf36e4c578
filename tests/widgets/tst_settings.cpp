// SPDX-License-Identifier: MIT
// Settings opened from the window: the language box shows the language in use (also when it came from
// --lang rather than the saved choice), so OK after changing something else keeps the interface's language.
#include "languagemanager.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Protostar;

class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void languageInUseKept_data();
    void languageInUseKept();

private:
    QTemporaryDir m_settingsDir;
};

void tst_Settings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
}

void tst_Settings::languageInUseKept_data()
{
    QTest::addColumn<QString>("saved");   // ui/language in the settings
    QTest::addColumn<QString>("started"); // what --lang chose
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("saved English, started with --lang ko") << QStringLiteral("en") << QStringLiteral("ko")
                                                          << QStringLiteral("파일(&F)");
    QTest::newRow("saved Korean, started with --lang en") << QStringLiteral("ko") << QStringLiteral("en")
                                                         << QStringLiteral("&File");
}

void tst_Settings::languageInUseKept()
{
    QFETCH(QString, saved);
    QFETCH(QString, started);
    QFETCH(QString, fileMenu);
    QSettings().setValue(QStringLiteral("ui/language"), saved);
    LanguageManager language;
    QVERIFY(language.setLanguage(started));
    QTemporaryDir dir;
    EngineConfig config;
    config.databasePath = dir.filePath(QStringLiteral("protostar.db"));
    MainWindow::Options options;
    options.importDemoOnFirstStart = false;
    MainWindow window(config, &language, options);
    window.show();
    QTRY_COMPARE(window.menuBar()->actions().first()->text(), fileMenu);

    QString shown;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = dialog->languageBox()->currentData().toString();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.openSettings();
    QCOMPARE(shown, started);
    QCOMPARE(language.language(), started);
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
