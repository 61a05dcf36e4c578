// SPDX-License-Identifier: MIT
// Writes the seed corpora of the fuzz targets into <out>/<target>/: the fixture documents the unit tests
// make (tests/support/documentfixtures), the demo corpus (resources/demo) and a few small hostile shapes.
// Usage: fuzz_makeseeds <out> <source dir>. Needs QT_QPA_PLATFORM=offscreen for the PDF fixtures.
#include "documentfixtures.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStringEncoder>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Protostar::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
}

// A file made by a fixture writer in `scratch`, then moved into the corpus.
void putFile(const QString &dir, const QString &path)
{
    put(dir, QFileInfo(path).fileName(), readAll(path));
}

// The XML parts of a fixture zip joined by NUL NUL, as the *xml targets split their input.
QByteArray xmlParts(const QString &zipPath, const QStringList &names)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        qFatal("cannot open %s", qPrintable(zipPath));
    QList<QByteArray> parts;
    for (const QString &name : names) {
        QByteArray bytes;
        if (zip.setCurrentFile(name)) {
            QuaZipFile f(&zip);
            if (f.open(QIODevice::ReadOnly))
                bytes = f.readAll();
        }
        parts.append(bytes);
    }
    return parts.join(QByteArray("\0\0", 2));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 3)
        qFatal("usage: fuzz_makeseeds <out> <source dir>");
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString source = QString::fromLocal8Bit(argv[2]);
    const QString scratch = out + QStringLiteral("/.scratch");
    QDir().mkpath(scratch);

    const QList<FixtureBlock> resume = {
        title(QStringLiteral("홍길동 이력서")),
        heading(1, QStringLiteral("경력사항")),
        para(QStringLiteral("주식회사 한빛에서 5년간 데스크톱 앱을 개발했습니다. Qt 6.4, C++20.")),
        listItem(QStringLiteral("Qt 6 기반 분석 도구 개발")),
        heading(2, QStringLiteral("학력")),
        table({{QStringLiteral("기간"), QStringLiteral("학교")}, {QStringLiteral("2010.03 ~ 2014.02"), QStringLiteral("서울대")}}),
        para(QStringLiteral("Jane Doe — Résumé. Dr. Smith said e.g. 3.5 years… 끝!")),
    };

    // Text: the demo corpus and its encodings.
    for (const QFileInfo &fi : QDir(source + QStringLiteral("/resources/demo")).entryInfoList(QDir::Files)) {
        const QByteArray bytes = readAll(fi.filePath());
        put(out + QStringLiteral("/textdecoder"), fi.fileName(), bytes);
        put(out + QStringLiteral("/plaintext"), fi.fileName(), (fi.suffix() == u"md" ? "\x01" : "\x00") + bytes);
        for (int f = 0; f < 5; ++f)
            put(out + QStringLiteral("/chunker"), QString::number(f) + fi.fileName(), QByteArray(1, char(f)) + '\x80' + bytes);
        const QString text = QString::fromUtf8(bytes.left(4000));
        QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
        put(out + QStringLiteral("/textdecoder"), fi.fileName() + QStringLiteral(".utf16le"), le.encode(text));
        put(out + QStringLiteral("/textdecoder"), fi.fileName() + QStringLiteral(".utf16be-bom"), "\xFE\xFF" + QByteArray(be.encode(text)));
    }
    put(out + QStringLiteral("/textdecoder"), QStringLiteral("cp949"), QByteArray("\xC8\xAB\xB1\xE6\xB5\xBF \xC0\xCC\xB7\xC2\xBC\xAD\r\n"));

    // Office and PDF files from the test fixtures.
    putFile(out + QStringLiteral("/docx"), writeDocx(scratch, QStringLiteral("english.docx"), resume, DocxStyles::English));
    putFile(out + QStringLiteral("/docx"), writeDocx(scratch, QStringLiteral("korean.docx"), resume, DocxStyles::KoreanNames));
    putFile(out + QStringLiteral("/docx"), writeDocx(scratch, QStringLiteral("outline.docx"), resume, DocxStyles::OutlineOnly));
    putFile(out + QStringLiteral("/hwpx"), writeHwpx(scratch, QStringLiteral("style.hwpx"), {resume, resume}, HwpxHeadings::StyleName));
    putFile(out + QStringLiteral("/hwpx"), writeHwpx(scratch, QStringLiteral("outline.hwpx"), {resume}, HwpxHeadings::OutlineShape));
    putFile(out + QStringLiteral("/pdf"),
            writePdf(scratch, QStringLiteral("resume.pdf"),
                     {{QStringLiteral("홍길동 이력서"), QString(), QStringLiteral("경력사항"), QStringLiteral("Qt 6 developer.")},
                      {QStringLiteral("학력"), QStringLiteral("서울대학교 2010 ~ 2014")}}));
    const QStringList docxParts = {QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml")};
    const QStringList hwpxParts = {QStringLiteral("Contents/section0.xml"), QStringLiteral("Contents/header.xml"),
                                   QStringLiteral("Contents/section1.xml")};
    for (const QFileInfo &fi : QDir(out + QStringLiteral("/docx")).entryInfoList(QDir::Files))
        put(out + QStringLiteral("/docxxml"), fi.fileName(), xmlParts(fi.filePath(), docxParts));
    for (const QFileInfo &fi : QDir(out + QStringLiteral("/hwpx")).entryInfoList(QDir::Files))
        put(out + QStringLiteral("/hwpxxml"), fi.fileName(), xmlParts(fi.filePath(), hwpxParts));
    // Small hostile shapes for the zip readers: nested paragraphs and a damaged part.
    QByteArray nested = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    for (int i = 0; i < 200; ++i)
        nested += "<w:p><w:r><w:t>x</w:t></w:r><w:tbl><w:tr><w:tc>";
    putFile(out + QStringLiteral("/docx"), writeZip(scratch, QStringLiteral("nested.docx"), {{QStringLiteral("word/document.xml"), nested}}));
    putFile(out + QStringLiteral("/hwpx"), writeZip(scratch, QStringLiteral("bare.hwpx"),
            {{QStringLiteral("Contents/section0.xml"), "<hs:sec xmlns:hp=\"h\"><hp:p><hp:run><hp:t>가</hp:t></hp:run></hp:p></hs:sec>"}}));
    QDir(scratch).removeRecursively();
    return 0;
}
