// SPDX-License-Identifier: MIT
// DocumentReader on files it must refuse, made at test time: empty, binary, truncated, encrypted, unsupported,
// missing or too large. Each is refused with the right error code and a message that names the file.
#include "ingest/documentreader.h"

#include "documentfixtures.h"
#include "sampleresume.h"
#include "testsupport.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

class TestDocumentReaderBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badInput_data();
    void badInput();

private:
    QString makeBadInput(const QString &kind);
    QTemporaryDir m_dir;
};

void TestDocumentReaderBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestDocumentReaderBadInput::makeBadInput(const QString &kind)
{
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    const auto truncated = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || !f.resize(f.size() * 6 / 10))
            qFatal("cannot truncate %s", qPrintable(path));
        return path;
    };
    if (kind == u"empty")
        return writeFile(dir, QStringLiteral("empty.txt"), {});
    if (kind == u"blank")
        return writeFile(dir, QStringLiteral("blank.md"), "\r\n  \n\t\n");
    if (kind == u"binary")
        return writeFile(dir, QStringLiteral("photo.txt"), QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010").repeated(50));
    if (kind == u"pdf garbage")
        return writeFile(dir, QStringLiteral("garbage.pdf"), QByteArray("this is not a pdf at all\n").repeated(20));
    if (kind == u"pdf truncated")
        return truncated(writePdf(dir, QStringLiteral("cut.pdf"), {{QStringLiteral("Some text that will be cut")}}));
    if (kind == u"pdf encrypted") {
        const QString plain = writePdf(dir, QStringLiteral("plain.pdf"), {{QStringLiteral("Secret salary figures")}});
        const QString locked = QDir(dir).filePath(QStringLiteral("locked.pdf"));
        QString error;
        if (!encryptPdf(plain, locked, QStringLiteral("pw"), &error))
            qFatal("qpdf failed (install the qpdf package): %s", qPrintable(error));
        return locked;
    }
    if (kind == u"pdf without text") {
        const QString path = QDir(dir).filePath(QStringLiteral("scan.pdf"));
        QPdfWriter writer(path);
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 2000), Qt::black); // an "image" and nothing to extract
        painter.end();
        return path;
    }
    if (kind == u"docx truncated")
        return truncated(writeDocx(dir, QStringLiteral("cut.docx"), kResume));
    if (kind == u"docx not a zip")
        return writeFile(dir, QStringLiteral("fake.docx"), "PK but not really a zip file");
    if (kind == u"docx without document")
        return writeZip(dir, QStringLiteral("nodoc.docx"), {{QStringLiteral("word/styles.xml"), "<w:styles/>"}});
    if (kind == u"docx broken xml")
        return writeZip(dir, QStringLiteral("broken.docx"),
                        {{QStringLiteral("word/document.xml"),
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>cut"}});
    if (kind == u"docx encrypted") {
        // What Word writes for a password-protected file: an OLE compound file with an EncryptionInfo stream.
        QByteArray ole = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(504, '\0');
        const char16_t name[] = u"EncryptionInfo";
        ole += QByteArray(reinterpret_cast<const char *>(name), 28) + QByteArray(1024, '\0');
        return writeFile(dir, QStringLiteral("locked.docx"), ole);
    }
    if (kind == u"docx empty")
        return writeDocx(dir, QStringLiteral("nothing.docx"), {para(QStringLiteral("   "))});
    if (kind == u"hwpx truncated")
        return truncated(writeHwpx(dir, QStringLiteral("cut.hwpx"), {{para(QStringLiteral("본문"))}}));
    if (kind == u"hwpx without sections")
        return writeZip(dir, QStringLiteral("nosection.hwpx"), {{QStringLiteral("mimetype"), "application/hwp+zip"}});
    if (kind == u"unsupported")
        return writeFile(dir, QStringLiteral("old.doc"), "some bytes");
    if (kind == u"no suffix")
        return writeFile(dir, QStringLiteral("README"), "text");
    if (kind == u"directory") {
        QDir().mkpath(QDir(dir).filePath(QStringLiteral("folder.txt")));
        return QDir(dir).filePath(QStringLiteral("folder.txt"));
    }
    if (kind == u"dangling symlink") {
        const QString link = QDir(dir).filePath(QStringLiteral("gone.txt"));
        if (!QFile::link(QDir(dir).filePath(QStringLiteral("missing-target.txt")), link))
            qFatal("cannot create symlink");
        return link;
    }
    if (kind == u"missing")
        return QDir(dir).filePath(QStringLiteral("never-written.pdf"));
    if (kind == u"too large")
        return writeFile(dir, QStringLiteral("huge.txt"), QByteArray(4096, '\0')); // binary too: size wins
    qFatal("unknown bad input %s", qPrintable(kind));
    return {};
}

void TestDocumentReaderBadInput::badInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("maxBytes");

    const qint64 def = ReadOptions{}.maxBytes;
    QTest::newRow("empty file") << "empty" << ErrorCode::EmptyDocument << def;
    QTest::newRow("only blank lines") << "blank" << ErrorCode::EmptyDocument << def;
    QTest::newRow("binary as txt") << "binary" << ErrorCode::BinaryContent << def;
    QTest::newRow("pdf garbage") << "pdf garbage" << ErrorCode::CorruptDocument << def;
    QTest::newRow("pdf truncated") << "pdf truncated" << ErrorCode::CorruptDocument << def;
    QTest::newRow("pdf encrypted") << "pdf encrypted" << ErrorCode::EncryptedDocument << def;
    QTest::newRow("pdf without text") << "pdf without text" << ErrorCode::EmptyDocument << def;
    QTest::newRow("docx truncated") << "docx truncated" << ErrorCode::CorruptDocument << def;
    QTest::newRow("docx not a zip") << "docx not a zip" << ErrorCode::CorruptDocument << def;
    QTest::newRow("docx without document.xml") << "docx without document" << ErrorCode::CorruptDocument << def;
    QTest::newRow("docx broken xml") << "docx broken xml" << ErrorCode::CorruptDocument << def;
    QTest::newRow("docx encrypted") << "docx encrypted" << ErrorCode::EncryptedDocument << def;
    QTest::newRow("docx with no text") << "docx empty" << ErrorCode::EmptyDocument << def;
    QTest::newRow("hwpx truncated") << "hwpx truncated" << ErrorCode::CorruptDocument << def;
    QTest::newRow("hwpx without sections") << "hwpx without sections" << ErrorCode::CorruptDocument << def;
    QTest::newRow("unsupported type") << "unsupported" << ErrorCode::UnsupportedFormat << def;
    QTest::newRow("no suffix") << "no suffix" << ErrorCode::UnsupportedFormat << def;
    QTest::newRow("directory") << "directory" << ErrorCode::Io << def;
    QTest::newRow("dangling symlink") << "dangling symlink" << ErrorCode::Io << def;
    QTest::newRow("missing file") << "missing" << ErrorCode::Io << def;
    QTest::newRow("over the size limit") << "too large" << ErrorCode::TooLarge << qint64(1024);
}

void TestDocumentReaderBadInput::badInput()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, maxBytes);

    const QString path = makeBadInput(kind);
    const auto doc = DocumentReader::read(path, ReadOptions{maxBytes});
    QVERIFY2(!doc.ok(), qPrintable(QStringLiteral("read succeeded with %1 blocks").arg(doc.ok() ? doc->blocks.size() : 0)));
    QCOMPARE(int(doc.error().code), int(code));
    QVERIFY2(doc.error().message.contains(path), qPrintable(doc.error().message));
}

QTEST_MAIN(TestDocumentReaderBadInput)
#include "tst_documentreaderbadinput.moc"
