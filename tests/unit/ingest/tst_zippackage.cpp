// SPDX-License-Identifier: MIT
// ZipPackage's zip bomb bounds on zips made at test time: the total of the wanted parts (the caller's bound,
// never more than kMaxUnpackedBytes) and each part's compression ratio, checked on declared sizes before
// anything is inflated, with a message naming the file; real text of a few MB and unwanted entries pass.
#include "ingest/zippackage.h"

#include "documentfixtures.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

namespace {

constexpr qint64 kMB = 1024 * 1024;
constexpr qint64 kOldDefaultBound = 500 * kMB; // what DocumentReader passes: 10x the default 50 MB limit

// `size` bytes that deflate cannot shrink, the same on every run.
QByteArray incompressible(qsizetype size)
{
    QRandomGenerator random(20261124);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

// `size` bytes of Hangul and Latin words in changing order: text that compresses like prose, not like a bomb.
QByteArray varied(qsizetype size)
{
    static const QList<QByteArray> words{"경력", "프로젝트", "Qt", "개발", "5년", "팀장", "React", "결제",
                                         "설계", "운영", "migration", "테스트", "서울", "데이터", "리뷰", "배포"};
    QRandomGenerator random(42);
    QByteArray out;
    while (out.size() < size)
        out += words.at(random.bounded(int(words.size()))) + (random.bounded(12) == 0 ? ". " : " ");
    return out;
}

// Makes the zip `kind` in `dir` and returns its path.
QString makeZip(const QString &dir, const QString &kind)
{
    const QString doc = QStringLiteral("word/document.xml");
    if (kind == u"bomb")
        return writeZip(dir, QStringLiteral("bomb.docx"), {{doc, QByteArray(50 * kMB, '\0')}});
    if (kind == u"unwanted bomb")
        return writeZip(dir, QStringLiteral("media.docx"),
                        {{QStringLiteral("word/media/zeros.bin"), QByteArray(50 * kMB, '\0')}, {doc, "<w:document/>"}});
    if (kind == u"zeros at the ratio threshold")
        return writeZip(dir, QStringLiteral("small.docx"), {{doc, QByteArray(ZipPackage::kRatioFreeBytes, '\0')}});
    if (kind == u"claims 200 MB")
        return claimUnpackedSize(writeZip(dir, QStringLiteral("claims.docx"), {{doc, "<w:document/>"}}), 200 * kMB);
    if (kind == u"two parts claim 100 MB") // each within the ratio: 600 KB packed
        return claimUnpackedSize(writeZip(dir, QStringLiteral("parts.docx"),
                                          {{QStringLiteral("word/styles.xml"), incompressible(600 * 1024)},
                                           {doc, incompressible(600 * 1024)}}),
                                 100 * kMB);
    if (kind == u"4 MB of text")
        return writeZip(dir, QStringLiteral("long.docx"), {{doc, varied(4 * kMB)}});
    qFatal("unknown zip %s", qPrintable(kind));
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Protostar::ErrorCode)

class tst_ZipPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bounds_data();
    void bounds();

private:
    QTemporaryDir m_dir;
};

void tst_ZipPackage::bounds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("callerBound");
    QTest::addColumn<ErrorCode>("code"); // None: it loads
    QTest::addColumn<QString>("why");    // in the message, after the file's path
    QTest::newRow("50 MB of zeros (about 1000:1) is a bomb") << QStringLiteral("bomb") << kOldDefaultBound << ErrorCode::TooLarge
                                           << QStringLiteral(" looks like a zip bomb: its word/document.xml unpacks to "
                                                             "more than 200 times its packed size.");
    QTest::newRow("an unwanted bomb entry is never inflated") << QStringLiteral("unwanted bomb") << kOldDefaultBound
                                                              << ErrorCode::None << QString();
    QTest::newRow("1 MB of zeros is under the ratio's threshold") << QStringLiteral("zeros at the ratio threshold")
                                                                  << kOldDefaultBound << ErrorCode::None << QString();
    QTest::newRow("a part claiming 200 MB, under the caller's 500 MB")
        << QStringLiteral("claims 200 MB") << kOldDefaultBound << ErrorCode::TooLarge
        << QStringLiteral(" unpacks to more than 128 MB of text; split it into smaller files.");
    QTest::newRow("two parts claiming 100 MB each") << QStringLiteral("two parts claim 100 MB") << kOldDefaultBound
                                                    << ErrorCode::TooLarge << QStringLiteral(" unpacks to more than 128 MB of text");
    QTest::newRow("4 MB of text over a caller's 2 MB") << QStringLiteral("4 MB of text") << 2 * kMB << ErrorCode::TooLarge
                                                       << QStringLiteral(" unpacks to more than 2 MB of text");
    QTest::newRow("4 MB of text reads") << QStringLiteral("4 MB of text") << kOldDefaultBound << ErrorCode::None << QString();
}

void tst_ZipPackage::bounds()
{
    QFETCH(QString, kind);
    QFETCH(qint64, callerBound);
    QFETCH(ErrorCode, code);
    QFETCH(QString, why);
    QVERIFY(m_dir.isValid());
    const QString path = makeZip(m_dir.path(), kind);
    const auto wanted = [](const QString &name) { return name.endsWith(u".xml"); };
    const Result<ZipPackage> package = ZipPackage::load(path, QStringLiteral("DOCX"), wanted, callerBound);
    QFile::remove(path);
    if (code != ErrorCode::None) {
        QVERIFY2(!package.ok(), "a zip over a bound was loaded");
        QCOMPARE(package.error().code, code);
        QVERIFY2(package.error().message.startsWith(path + why), qPrintable(package.error().toString()));
        return;
    }
    QVERIFY2(package.ok(), package.ok() ? "" : qPrintable(package.error().toString()));
    QVERIFY(package->contains(QStringLiteral("word/document.xml")));
    QVERIFY(!package->contains(QStringLiteral("word/media/zeros.bin")));
    if (kind == u"4 MB of text")
        QCOMPARE(package->part(QStringLiteral("word/document.xml")), varied(4 * kMB));
}

QTEST_GUILESS_MAIN(tst_ZipPackage)
#include "tst_zippackage.moc"
