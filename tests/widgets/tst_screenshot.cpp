// SPDX-License-Identifier: MIT
// `protostar --screenshot` on a fresh database: the demo corpus is imported, the window is rendered
// in Korean and in English, and the PNG is not blank.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class tst_Screenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void render_data();
    void render();
    void unreadableDatabase();
};

void tst_Screenshot::render_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("Korean") << QStringLiteral("ko");
    QTest::newRow("English") << QStringLiteral("en");
}

void tst_Screenshot::render()
{
    QFETCH(QString, lang);
    const QString gui = qEnvironmentVariable("PROTOSTAR_GUI");
    QVERIFY2(!gui.isEmpty(), "PROTOSTAR_GUI is not set: run this test through ctest");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("window-%1.png").arg(lang));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config"))); // no user settings
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(gui, {QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--lang"), lang,
                  QStringLiteral("--screenshot"), png});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());

    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // Not blank: many distinct colours (text antialiasing, highlights) and plenty of non-background pixels.
    const QRgb background = image.pixel(image.width() / 2, image.height() - 3);
    QSet<QRgb> colours;
    qint64 different = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb px = image.pixel(x, y);
            colours.insert(px);
            if (px != background)
                ++different;
        }
    }
    const qint64 sampled = qint64(image.width() / 2) * (image.height() / 2);
    QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));
    QVERIFY2(different > sampled / 20, qPrintable(QStringLiteral("%1 of %2").arg(different).arg(sampled)));
}

// A database that cannot be read still gives a screenshot (of the error) and exit code 0, not the
// "did not become ready within 120 s" exit code 2; the question asked is skipped.
void tst_Screenshot::unreadableDatabase()
{
    const QString gui = qEnvironmentVariable("PROTOSTAR_GUI");
    QVERIFY2(!gui.isEmpty(), "PROTOSTAR_GUI is not set: run this test through ctest");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("junk.db"));
    QFile junk(db);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    const QString png = dir.filePath(QStringLiteral("error.png"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(gui, {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--ask"), QStringLiteral("Who knows Kafka?")});
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(!QImage(png).isNull());
}

QTEST_GUILESS_MAIN(tst_Screenshot)
#include "tst_screenshot.moc"
