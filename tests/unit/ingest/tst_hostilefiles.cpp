// SPDX-License-Identifier: MIT
// Malformed and hostile files through DocumentReader and through DocumentImporter with a real SqliteStore:
// every input either reads as a document that keeps the block contract or fails with an Error whose message
// names the file, and a refused file leaves the store as it was. The inputs are the minimised findings of the
// fuzz targets (tests/data/hostile, see docs/TESTING.md) and hostile shapes made here at test time (large ones
// are generated, not committed). Time is never asserted: a hang shows as the ctest timeout.
#include "engine/documentimporter.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"
#include "store/sqlitestore.h"

#include "documentfixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Protostar;
using namespace Protostar::Test;

namespace {

enum class Expect { Either, Document, Refused };

const QByteArray kWordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

QByteArray docxBody(const QByteArray &inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + kWordNs + "><w:body>" + inner
           + "</w:body></w:document>";
}

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Makes the hostile input `kind` in `dir` and returns its path.
QString makeHostile(const QString &dir, const QString &kind)
{
    const QString scratch = dir + QStringLiteral("/scratch");
    const QByteArray hangul = QStringLiteral("홍길동 이력서\n경력: 한빛 5년\n").toUtf8();
    // Text
    if (kind == u"10 MB single line")
        return writeFile(dir, QStringLiteral("line.txt"), repeated("word. ", 10 * 1024 * 1024 / 6));
    if (kind == u"NUL bytes in text")
        return writeFile(dir, QStringLiteral("nul.txt"), "resume\0\0\0text\0" + repeated(QByteArray("\0", 1), 500));
    if (kind == u"UTF-16LE without BOM") {
        QStringEncoder le(QStringConverter::Utf16LE);
        return writeFile(dir, QStringLiteral("utf16.txt"), le.encode(QString::fromUtf8(hangul)));
    }
    if (kind == u"UTF-16BE without BOM, odd length") {
        QStringEncoder be(QStringConverter::Utf16BE);
        return writeFile(dir, QStringLiteral("utf16odd.txt"), QByteArray(be.encode(QString::fromUtf8(hangul))) + 'x');
    }
    if (kind == u"UTF-16 BOM with a lone surrogate")
        return writeFile(dir, QStringLiteral("surrogate.txt"), QByteArray("\xFF\xFE" "a\0" "\x00\xD8" "b\0", 8));
    if (kind == u"invalid UTF-8 throughout")
        return writeFile(dir, QStringLiteral("badutf8.txt"), repeated("\xC3\x28\xA0\xA1\xE2\x28\xA1", 2000));
    if (kind == u"UTF-8 BOM then invalid UTF-8")
        return writeFile(dir, QStringLiteral("bombad.md"), "\xEF\xBB\xBF# Title\n\xFF\xFE\xFD");
    if (kind == u"only a BOM")
        return writeFile(dir, QStringLiteral("bom.txt"), "\xEF\xBB\xBF");
    if (kind == u"markdown heading with a million inner spaces")
        return writeFile(dir, QStringLiteral("spaces.md"), "# a" + QByteArray(1000000, ' ') + "b\n\ntext.\n");
    if (kind == u"bracket line with a million inner spaces")
        return writeFile(dir, QStringLiteral("bracket.txt"), "[a" + QByteArray(1000000, ' ') + "b\n");
    if (kind == u"a million numbered lines")
        return writeFile(dir, QStringLiteral("numbered.txt"), repeated("1. a\n", 1000000));
    if (kind == u"a million blank-separated title lines")
        return writeFile(dir, QStringLiteral("titles.txt"), repeated("Title\n\n", 1000000));
    if (kind == u"CR only line ends")
        return writeFile(dir, QStringLiteral("cr.txt"), repeated("line\r", 100000));
    // DOCX
    if (kind == u"docx zip bomb entry (50 MB of zeros)")
        return writeZip(dir, QStringLiteral("bomb.docx"), {{QStringLiteral("word/document.xml"), QByteArray(50 * 1024 * 1024, '\0')}});
    if (kind == u"docx zip bomb entry (50 MB of text in one w:t)")
        return writeZip(dir, QStringLiteral("textbomb.docx"),
                        {{QStringLiteral("word/document.xml"),
                          docxBody("<w:p><w:r><w:t>" + QByteArray(50 * 1024 * 1024, 'a') + "</w:t></w:r></w:p>")}});
    if (kind == u"docx deeply nested paragraphs")
        return writeZip(dir, QStringLiteral("nested.docx"),
                        {{QStringLiteral("word/document.xml"), docxBody(repeated("<w:p><w:r><w:t>x</w:t></w:r>", 200000))}});
    if (kind == u"docx well-formed but 300 levels deep") // readable XML, but past the readers' depth bound
        return writeZip(dir, QStringLiteral("deepclosed.docx"),
                        {{QStringLiteral("word/document.xml"),
                          docxBody(repeated("<w:p><w:r><w:t>x</w:t></w:r>", 300) + repeated("</w:p>", 300))}});
    if (kind == u"docx deeply nested tables")
        return writeZip(dir, QStringLiteral("tables.docx"),
                        {{QStringLiteral("word/document.xml"), docxBody(repeated("<w:tbl><w:tr><w:tc>", 100000))}});
    if (kind == u"docx deeply nested unknown elements")
        return writeZip(dir, QStringLiteral("deep.docx"),
                        {{QStringLiteral("word/document.xml"), docxBody(repeated("<x>", 16000000))}});
    if (kind == u"docx entity expansion (billion laughs)") {
        QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">";
        for (char c = 'b'; c <= 'j'; ++c)
            dtd += QByteArray("<!ENTITY ") + c + " \"" + repeated(QByteArray("&") + char(c - 1) + ";", 10) + "\">";
        dtd += "]><w:document " + kWordNs + "><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>";
        return writeZip(dir, QStringLiteral("laughs.docx"), {{QStringLiteral("word/document.xml"), dtd}});
    }
    if (kind == u"docx truncated zip") {
        const QString full = writeDocx(scratch, QStringLiteral("full.docx"), {para(QStringLiteral("본문입니다."))});
        const QByteArray bytes = readAll(full);
        return writeFile(dir, QStringLiteral("cut.docx"), bytes.left(bytes.size() * 2 / 3));
    }
    if (kind == u"docx entry understating its size")
        return claimUnpackedSize(writeZip(dir, QStringLiteral("under.docx"),
                                          {{QStringLiteral("word/document.xml"),
                                            docxBody(repeated("<w:p><w:r><w:t>text</w:t></w:r></w:p>", 1000))}}),
                                 64);
    if (kind == u"docx entry overstating its size")
        return claimUnpackedSize(writeZip(dir, QStringLiteral("over.docx"),
                                          {{QStringLiteral("word/document.xml"), docxBody("<w:p><w:r><w:t>text</w:t></w:r></w:p>")}}),
                                 0x7fffffff);
    if (kind == u"docx styles basedOn loop") {
        const QByteArray styles = "<w:styles " + kWordNs + "><w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                                  "<w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
        return writeZip(dir, QStringLiteral("loop.docx"),
                        {{QStringLiteral("word/styles.xml"), styles},
                         {QStringLiteral("word/document.xml"),
                          docxBody("<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:t>loop</w:t></w:r></w:p>")}});
    }
    if (kind == u"docx ten thousand entries") {
        QList<std::pair<QString, QByteArray>> entries;
        for (int i = 0; i < 10000; ++i)
            entries.append({QStringLiteral("word/media/x%1.bin").arg(i), QByteArray("x")});
        entries.append({QStringLiteral("word/document.xml"), docxBody("<w:p><w:r><w:t>text</w:t></w:r></w:p>")});
        return writeZip(dir, QStringLiteral("many.docx"), entries);
    }
    // HWPX
    if (kind == u"hwpx deeply nested paragraphs")
        return writeZip(dir, QStringLiteral("nested.hwpx"),
                        {{QStringLiteral("Contents/section0.xml"),
                          "<hs:sec xmlns:hs=\"s\" xmlns:hp=\"p\">" + repeated("<hp:p><hp:run><hp:t>x</hp:t></hp:run>", 200000)}});
    if (kind == u"hwpx well-formed but 300 levels deep")
        return writeZip(dir, QStringLiteral("deepclosed.hwpx"),
                        {{QStringLiteral("Contents/section0.xml"),
                          "<hs:sec xmlns:hs=\"s\" xmlns:hp=\"p\">" + repeated("<hp:p><hp:run><hp:t>x</hp:t></hp:run>", 300)
                              + repeated("</hp:p>", 300) + "</hs:sec>"}});
    if (kind == u"hwpx section number overflow")
        return writeZip(dir, QStringLiteral("overflow.hwpx"),
                        {{QStringLiteral("Contents/section99999999999999999999.xml"),
                          "<hs:sec xmlns:hs=\"s\" xmlns:hp=\"p\"><hp:p><hp:run><hp:t>가</hp:t></hp:run></hp:p></hs:sec>"}});
    if (kind == u"hwpx zip bomb entry (50 MB of zeros)")
        return writeZip(dir, QStringLiteral("bomb.hwpx"), {{QStringLiteral("Contents/section0.xml"), QByteArray(50 * 1024 * 1024, '\0')}});
    // PDF
    if (kind == u"pdf garbage between header and trailer") {
        QByteArray garbage;
        for (int i = 0; i < 200000; ++i)
            garbage += char((i * 7919 + i / 13) & 0xff);
        return writeFile(dir, QStringLiteral("garbage.pdf"), "%PDF-1.7\n" + garbage + "\n%%EOF\n");
    }
    if (kind == u"pdf with a page tree that points at itself")
        return writeFile(dir, QStringLiteral("loop.pdf"),
                         "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
                         "2 0 obj <</Type/Pages/Kids[2 0 R]/Count 1000000000>> endobj\n"
                         "trailer <</Root 1 0 R>>\n%%EOF\n");
    if (kind == u"pdf header only")
        return writeFile(dir, QStringLiteral("header.pdf"), "%PDF-1.4\n%%EOF\n");
    qFatal("unknown hostile input %s", qPrintable(kind));
    return {};
}

// What both tests check: a document keeps the block contract and chunks; a refusal names the file.
void verifyOutcome(const Result<ParsedDocument> &doc, const QString &path, Expect expect)
{
    if (doc.ok()) {
        QVERIFY2(expect != Expect::Refused, "a hostile file was read as a document");
        QVERIFY(!doc->blocks.isEmpty());
        QVERIFY2(!doc->text.startsWith(QChar(0xfeff)), "a BOM was left as the first character");
        qsizetype last = -1;
        for (const TextBlock &b : doc->blocks) {
            QVERIFY(b.offset > last);
            QVERIFY2(b.level >= 0 && b.level <= 9, qPrintable(QString::number(b.level))); // Word's and Hangul's levels
            QVERIFY(QStringView(doc->text).mid(b.offset, b.text.size()) == b.text);
            last = b.offset;
        }
        for (const Chunk &c : ParagraphChunker().chunk(*doc))
            QVERIFY(c.startOffset >= 0 && c.startOffset < c.endOffset && c.endOffset <= doc->text.size());
    } else {
        QVERIFY2(expect != Expect::Document, qPrintable(doc.error().toString()));
        QVERIFY2(doc.error().message.contains(QFileInfo(path).fileName()), qPrintable(doc.error().toString()));
    }
}

} // namespace

Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(Protostar::ErrorCode)

class tst_HostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reader_data();
    void reader();
    void refusalSaysWhy_data();
    void refusalSaysWhy();
    void fuzzFindings_data();
    void fuzzFindings();
    void importerKeepsStore_data();
    void importerKeepsStore();

private:
    QTemporaryDir m_dir;
};

void tst_HostileFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_HostileFiles::reader_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Expect>("expect");
    const auto row = [](const char *kind, Expect expect) { QTest::newRow(kind) << QString::fromUtf8(kind) << expect; };
    row("10 MB single line", Expect::Document);
    row("NUL bytes in text", Expect::Refused);
    row("UTF-16LE without BOM", Expect::Document);
    row("UTF-16BE without BOM, odd length", Expect::Either);
    row("UTF-16 BOM with a lone surrogate", Expect::Either);
    row("invalid UTF-8 throughout", Expect::Either);
    row("UTF-8 BOM then invalid UTF-8", Expect::Refused);
    row("only a BOM", Expect::Refused);
    row("markdown heading with a million inner spaces", Expect::Document);
    row("bracket line with a million inner spaces", Expect::Document);
    row("a million numbered lines", Expect::Document);
    row("a million blank-separated title lines", Expect::Document);
    row("CR only line ends", Expect::Document);
    row("docx zip bomb entry (50 MB of zeros)", Expect::Refused);
    row("docx zip bomb entry (50 MB of text in one w:t)", Expect::Either);
    row("docx deeply nested paragraphs", Expect::Refused);
    row("docx well-formed but 300 levels deep", Expect::Refused);
    row("docx deeply nested tables", Expect::Refused);
    row("docx deeply nested unknown elements", Expect::Refused);
    row("docx entity expansion (billion laughs)", Expect::Refused);
    row("docx truncated zip", Expect::Refused);
    row("docx entry understating its size", Expect::Refused);
    row("docx entry overstating its size", Expect::Refused);
    row("docx styles basedOn loop", Expect::Document);
    row("docx ten thousand entries", Expect::Document);
    row("hwpx deeply nested paragraphs", Expect::Refused);
    row("hwpx well-formed but 300 levels deep", Expect::Refused);
    row("hwpx section number overflow", Expect::Either);
    row("hwpx zip bomb entry (50 MB of zeros)", Expect::Refused);
    row("pdf garbage between header and trailer", Expect::Refused);
    row("pdf with a page tree that points at itself", Expect::Refused);
    row("pdf header only", Expect::Refused);
}

void tst_HostileFiles::reader()
{
    QFETCH(QString, kind);
    QFETCH(Expect, expect);
    const QString path = makeHostile(m_dir.path(), kind);
    verifyOutcome(DocumentReader::read(path), path, expect);
    QFile::remove(path); // the large ones would otherwise pile up in the temporary folder
}

// The bounds' refusals name their cause, each reader in its own words (tst_zippackage tests the zip bounds).
void tst_HostileFiles::refusalSaysWhy_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("why");
    QTest::newRow("docx nested past 256") << QStringLiteral("docx well-formed but 300 levels deep") << ErrorCode::CorruptDocument
                                          << QStringLiteral("its word/document.xml nests more than 256 levels deep; "
                                                            "open and save it again in Word.");
    QTest::newRow("hwpx nested past 256") << QStringLiteral("hwpx well-formed but 300 levels deep") << ErrorCode::CorruptDocument
                                          << QStringLiteral("its Contents/section0.xml nests more than 256 levels deep; "
                                                            "open and save it again in Hangul.");
    QTest::newRow("docx 1000:1 entry") << QStringLiteral("docx zip bomb entry (50 MB of zeros)") << ErrorCode::TooLarge
                                       << QStringLiteral("looks like a zip bomb: its word/document.xml unpacks to more than 200 times");
    QTest::newRow("hwpx 1000:1 entry") << QStringLiteral("hwpx zip bomb entry (50 MB of zeros)") << ErrorCode::TooLarge
                                       << QStringLiteral("looks like a zip bomb: its Contents/section0.xml unpacks to more than 200 times");
}

void tst_HostileFiles::refusalSaysWhy()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, why);
    const QString path = makeHostile(m_dir.path(), kind);
    const Result<ParsedDocument> doc = DocumentReader::read(path);
    QFile::remove(path);
    QVERIFY2(!doc.ok(), "a hostile file was read as a document");
    QVERIFY2(doc.error().code == code && doc.error().message.contains(why), qPrintable(doc.error().toString()));
}

// Every minimised input a fuzz target found (tests/data/hostile/<target>-<what>.<suffix>), as the file type
// it was found as.
void tst_HostileFiles::fuzzFindings_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = qEnvironmentVariable("PROTOSTAR_SOURCE_DIR") + QStringLiteral("/tests/data/hostile");
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir + QStringLiteral(" holds no findings")));
    for (const QFileInfo &fi : files) {
        if (fi.fileName() != u"README.md")
            QTest::newRow(qPrintable(fi.fileName())) << fi.filePath();
    }
}

void tst_HostileFiles::fuzzFindings()
{
    QFETCH(QString, path);
    verifyOutcome(DocumentReader::read(path), path, Expect::Either);
}

void tst_HostileFiles::importerKeepsStore_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("samePath"); // the hostile bytes replace the good file at its path
    QTest::newRow("docx zip bomb") << QStringLiteral("docx zip bomb entry (50 MB of zeros)") << false;
    QTest::newRow("docx deeply nested") << QStringLiteral("docx deeply nested paragraphs") << false;
    QTest::newRow("pdf garbage") << QStringLiteral("pdf garbage between header and trailer") << false;
    QTest::newRow("NUL bytes") << QStringLiteral("NUL bytes in text") << false;
    QTest::newRow("good file overwritten with NUL bytes") << QStringLiteral("NUL bytes in text") << true;
}

void tst_HostileFiles::importerKeepsStore()
{
    QFETCH(QString, kind);
    QFETCH(bool, samePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto opened = SqliteStore::open(dir.filePath(QStringLiteral("store.db")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    std::unique_ptr<SqliteStore> store = std::move(opened).value();
    DocumentImporter importer(*store);

    const QString good = writeFile(dir.path(), QStringLiteral("kim.txt"),
                                   QStringLiteral("이력서 - 김지원\n\n경력\n\n한빛소프트에서 5년간 Qt 앱을 만들었습니다.\n").toUtf8());
    const ImportOutcome first = importer.importFile(good);
    QCOMPARE(first.status, ImportOutcome::Status::Imported);
    const Document before = store->document(first.documentId).value();
    const QList<Chunk> chunksBefore = store->chunks(first.documentId).value();
    const int documentsBefore = int(store->documents(std::nullopt).value().size());
    const int candidatesBefore = int(store->candidates().value().size());

    QString hostile = makeHostile(dir.path(), kind);
    if (samePath) {
        QVERIFY(QFile::remove(good));
        QVERIFY(QFile::rename(hostile, good));
        hostile = good;
    }
    const ImportOutcome refused = importer.importFile(hostile);
    QCOMPARE(refused.status, ImportOutcome::Status::Failed);
    QVERIFY2(refused.message.contains(QFileInfo(hostile).fileName()), qPrintable(refused.message));

    QCOMPARE(int(store->documents(std::nullopt).value().size()), documentsBefore);
    QCOMPARE(int(store->candidates().value().size()), candidatesBefore);
    const Document after = store->document(first.documentId).value();
    QCOMPARE(after.text, before.text);
    QCOMPARE(after.info.sha256, before.info.sha256);
    const QList<Chunk> chunksAfter = store->chunks(first.documentId).value();
    QCOMPARE(chunksAfter.size(), chunksBefore.size());
    for (qsizetype i = 0; i < chunksAfter.size(); ++i)
        QCOMPARE(chunksAfter[i].text, chunksBefore[i].text);
}

QTEST_GUILESS_MAIN(tst_HostileFiles)
#include "tst_hostilefiles.moc"
