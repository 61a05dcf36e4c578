// SPDX-License-Identifier: MIT
#include "documentfixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Protostar::Test {

namespace {

constexpr int kDeflated = 8; // zlib's Z_DEFLATED
constexpr int kStored = 0;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString targetPath(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// --- DOCX -------------------------------------------------------------------------------------------

struct DocxStyleIds {
    QString title, heading[4], list;
};

DocxStyleIds docxIds(DocxStyles styles)
{
    switch (styles) {
    case DocxStyles::English: return {QStringLiteral("Title"), {{}, QStringLiteral("Heading1"), QStringLiteral("Heading2"), QStringLiteral("Heading3")}, QStringLiteral("ListParagraph")};
    case DocxStyles::KoreanWord: return {QStringLiteral("a3"), {{}, QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, QStringLiteral("a4")};
    case DocxStyles::KoreanNames: return {QStringLiteral("a0"), {{}, QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a5")}, QStringLiteral("a6")};
    case DocxStyles::OutlineOnly: return {QStringLiteral("Title"), {{}, QStringLiteral("MyHead1"), QStringLiteral("MyHead2"), QStringLiteral("MyHead3")}, QStringLiteral("MyList")};
    }
    return {};
}

QString docxStylesXml(DocxStyles styles)
{
    const DocxStyleIds ids = docxIds(styles);
    const auto style = [](const QString &id, const QString &name, const QString &pPr) {
        return QStringLiteral("<w:style w:type=\"paragraph\" w:styleId=\"%1\"><w:name w:val=\"%2\"/>"
                              "<w:basedOn w:val=\"Normal\"/>%3</w:style>")
            .arg(id, esc(name), pPr);
    };
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                 "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                                 "<w:name w:val=\"Normal\"/></w:style>");
    for (int level = 1; level <= 3; ++level) {
        QString name;
        QString pPr;
        switch (styles) {
        case DocxStyles::English:
        case DocxStyles::KoreanWord: name = QStringLiteral("heading %1").arg(level); break;
        case DocxStyles::KoreanNames: name = QStringLiteral("제목 %1").arg(level); break;
        case DocxStyles::OutlineOnly:
            name = QStringLiteral("My Heading %1").arg(QChar(u'A' + level - 1));
            pPr = QStringLiteral("<w:pPr><w:outlineLvl w:val=\"%1\"/></w:pPr>").arg(level - 1);
            break;
        }
        xml += style(ids.heading[level], name, pPr);
    }
    xml += style(ids.title, styles == DocxStyles::KoreanNames ? QStringLiteral("제목") : QStringLiteral("Title"), {});
    xml += style(ids.list, styles == DocxStyles::OutlineOnly ? QStringLiteral("Bullets") : QStringLiteral("List Paragraph"), {});
    return xml + QStringLiteral("</w:styles>");
}

QString docxParagraph(const QString &styleId, const QString &text, bool numbered)
{
    QString pPr;
    if (!styleId.isEmpty() || numbered) {
        pPr = QStringLiteral("<w:pPr>");
        if (!styleId.isEmpty())
            pPr += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(styleId);
        if (numbered)
            pPr += QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");
        pPr += QStringLiteral("</w:pPr>");
    }
    // Two runs, so a reader must join runs of one paragraph.
    const qsizetype half = text.size() / 2;
    return QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r><w:r><w:t xml:space=\"preserve\">%3</w:t></w:r></w:p>")
        .arg(pPr, esc(text.left(half)), esc(text.mid(half)));
}

QString docxDocumentXml(const QList<FixtureBlock> &blocks, DocxStyles styles)
{
    const DocxStyleIds ids = docxIds(styles);
    QString body;
    for (const FixtureBlock &b : blocks) {
        switch (b.kind) {
        case FixtureBlock::Kind::Paragraph: body += docxParagraph({}, b.text, false); break;
        case FixtureBlock::Kind::Title: body += docxParagraph(ids.title, b.text, false); break;
        case FixtureBlock::Kind::Heading: body += docxParagraph(ids.heading[qBound(1, b.level, 3)], b.text, false); break;
        case FixtureBlock::Kind::ListItem: body += docxParagraph(ids.list, b.text, true); break;
        case FixtureBlock::Kind::Table:
            body += QStringLiteral("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>");
            for (const QStringList &row : b.rows) {
                body += QStringLiteral("<w:tr>");
                for (const QString &cell : row)
                    body += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%1</w:tc>")
                                .arg(docxParagraph({}, cell, false));
                body += QStringLiteral("</w:tr>");
            }
            body += QStringLiteral("</w:tbl>");
            break;
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<w:body>%1<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
        .arg(body);
}

// --- HWPX -------------------------------------------------------------------------------------------

const QString kHwpxNs = QStringLiteral(
    "xmlns:ha=\"http://www.hancom.co.kr/hwpml/2011/app\" xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\" "
    "xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" xmlns:hc=\"http://www.hancom.co.kr/hwpml/2011/core\" "
    "xmlns:hh=\"http://www.hancom.co.kr/hwpml/2011/head\"");

// Paragraph shapes 0 (body), 1-3 (outline levels 1-3), 4 (numbered); styles 0 (바탕글), 1-3 (개요 1-3).
QString hwpxHeaderXml()
{
    QString paraPrs;
    paraPrs += QStringLiteral("<hh:paraPr id=\"0\"><hh:heading type=\"NONE\" idRef=\"0\" level=\"0\"/></hh:paraPr>");
    for (int level = 1; level <= 3; ++level)
        paraPrs += QStringLiteral("<hh:paraPr id=\"%1\"><hh:heading type=\"OUTLINE\" idRef=\"1\" level=\"%2\"/></hh:paraPr>")
                       .arg(level)
                       .arg(level - 1);
    paraPrs += QStringLiteral("<hh:paraPr id=\"4\"><hh:heading type=\"NUMBER\" idRef=\"1\" level=\"0\"/></hh:paraPr>");
    QString styles = QStringLiteral("<hh:style id=\"0\" type=\"PARA\" name=\"바탕글\" engName=\"Normal\" paraPrIDRef=\"0\" "
                                    "charPrIDRef=\"0\" nextStyleIDRef=\"0\" langID=\"1042\" lockForm=\"0\"/>");
    for (int level = 1; level <= 3; ++level)
        styles += QStringLiteral("<hh:style id=\"%1\" type=\"PARA\" name=\"개요 %1\" engName=\"Outline %1\" paraPrIDRef=\"%1\" "
                                 "charPrIDRef=\"0\" nextStyleIDRef=\"%1\" langID=\"1042\" lockForm=\"0\"/>")
                      .arg(level);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                          "<hh:head %1 version=\"1.4\" secCnt=\"1\"><hh:beginNum page=\"1\" footnote=\"1\" endnote=\"1\" "
                          "pic=\"1\" tbl=\"1\" equation=\"1\"/><hh:refList>"
                          "<hh:paraProperties itemCnt=\"5\">%2</hh:paraProperties>"
                          "<hh:styles itemCnt=\"4\">%3</hh:styles></hh:refList></hh:head>")
        .arg(kHwpxNs, paraPrs, styles);
}

QString hwpxParagraph(int id, int paraPr, int style, const QString &inner)
{
    return QStringLiteral("<hp:p id=\"%1\" paraPrIDRef=\"%2\" styleIDRef=\"%3\" pageBreak=\"0\" columnBreak=\"0\" merged=\"0\">"
                          "%4<hp:linesegarray><hp:lineseg textpos=\"0\" vertpos=\"0\" vertsize=\"1000\"/></hp:linesegarray></hp:p>")
        .arg(id)
        .arg(paraPr)
        .arg(style)
        .arg(inner);
}

QString hwpxRun(const QString &text)
{
    return QStringLiteral("<hp:run charPrIDRef=\"0\"><hp:t>%1</hp:t></hp:run>").arg(esc(text));
}

QString hwpxSectionXml(const QList<FixtureBlock> &blocks, HwpxHeadings headings, bool first)
{
    QString body;
    int id = 0;
    // Hangul's first paragraph carries the section settings in a control; readers must skip it.
    if (first)
        body += hwpxParagraph(id++, 0, 0,
                              QStringLiteral("<hp:run charPrIDRef=\"0\"><hp:secPr textDirection=\"HORIZONTAL\"/>"
                                             "<hp:ctrl><hp:header id=\"1\"><hp:subList><hp:p id=\"90\" paraPrIDRef=\"0\" styleIDRef=\"0\">"
                                             "<hp:run charPrIDRef=\"0\"><hp:t>머리말 반복 텍스트</hp:t></hp:run></hp:p></hp:subList>"
                                             "</hp:header></hp:ctrl></hp:run>"));
    for (const FixtureBlock &b : blocks) {
        switch (b.kind) {
        case FixtureBlock::Kind::Paragraph:
        case FixtureBlock::Kind::Title: body += hwpxParagraph(id++, 0, 0, hwpxRun(b.text)); break;
        case FixtureBlock::Kind::Heading: {
            const int level = qBound(1, b.level, 3);
            body += headings == HwpxHeadings::StyleName ? hwpxParagraph(id++, level, level, hwpxRun(b.text))
                                                         : hwpxParagraph(id++, level, 0, hwpxRun(b.text));
            break;
        }
        case FixtureBlock::Kind::ListItem: body += hwpxParagraph(id++, 4, 0, hwpxRun(b.text)); break;
        case FixtureBlock::Kind::Table: {
            QString rows;
            for (const QStringList &row : b.rows) {
                rows += QStringLiteral("<hp:tr>");
                for (const QString &cell : row)
                    rows += QStringLiteral("<hp:tc><hp:subList>%1</hp:subList></hp:tc>").arg(hwpxParagraph(id++, 0, 0, hwpxRun(cell)));
                rows += QStringLiteral("</hp:tr>");
            }
            body += hwpxParagraph(id++, 0, 0,
                                  QStringLiteral("<hp:run charPrIDRef=\"0\"><hp:tbl id=\"7\" rowCnt=\"%1\">%2</hp:tbl><hp:t/></hp:run>")
                                      .arg(b.rows.size())
                                      .arg(rows));
            break;
        }
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><hs:sec %1>%2</hs:sec>").arg(kHwpxNs, body);
}

} // namespace

FixtureBlock para(const QString &text) { return {FixtureBlock::Kind::Paragraph, text, 0, {}}; }
FixtureBlock title(const QString &text) { return {FixtureBlock::Kind::Title, text, 0, {}}; }
FixtureBlock heading(int level, const QString &text) { return {FixtureBlock::Kind::Heading, text, level, {}}; }
FixtureBlock listItem(const QString &text) { return {FixtureBlock::Kind::ListItem, text, 0, {}}; }
FixtureBlock table(const QList<QStringList> &rows) { return {FixtureBlock::Kind::Table, {}, 0, rows}; }

QString writeZip(const QString &dir, const QString &name, const QList<std::pair<QString, QByteArray>> &entries)
{
    const QString path = targetPath(dir, name);
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create zip %s", qPrintable(path));
    for (const auto &[entry, bytes] : entries) {
        QuaZipFile f(&zip);
        // OCF packages (HWPX) want "mimetype" first and stored, so a sniffer can read it at a fixed offset.
        const bool stored = entry == u"mimetype";
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(entry), nullptr, 0, stored ? kStored : kDeflated)
            || f.write(bytes) != bytes.size())
            qFatal("cannot write %s into %s", qPrintable(entry), qPrintable(path));
        f.close();
    }
    zip.close();
    if (zip.getZipError() != 0)
        qFatal("cannot finish zip %s", qPrintable(path));
    return path;
}

QString claimUnpackedSize(const QString &path, quint32 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        qFatal("cannot open zip %s", qPrintable(path));
    QByteArray zip = file.readAll();
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4))
        qToLittleEndian<quint32>(size, zip.data() + at + 22);
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4))
        qToLittleEndian<quint32>(size, zip.data() + at + 24);
    if (!file.seek(0) || file.write(zip) != zip.size())
        qFatal("cannot rewrite zip %s", qPrintable(path));
    return path;
}

QString writeDocx(const QString &dir, const QString &name, const QList<FixtureBlock> &blocks, DocxStyles styles)
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        "</Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "</Relationships>";
    const QByteArray documentRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        "</Relationships>";
    const QByteArray numbering =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "</w:numbering>";
    return writeZip(dir, name,
                    {{QStringLiteral("[Content_Types].xml"), contentTypes},
                     {QStringLiteral("_rels/.rels"), rels},
                     {QStringLiteral("word/_rels/document.xml.rels"), documentRels},
                     {QStringLiteral("word/document.xml"), docxDocumentXml(blocks, styles).toUtf8()},
                     {QStringLiteral("word/styles.xml"), docxStylesXml(styles).toUtf8()},
                     {QStringLiteral("word/numbering.xml"), numbering}});
}

QString writeHwpx(const QString &dir, const QString &name, const QList<QList<FixtureBlock>> &sections,
                  HwpxHeadings headings)
{
    QList<std::pair<QString, QByteArray>> entries;
    entries.append({QStringLiteral("mimetype"), QByteArrayLiteral("application/hwp+zip")});
    entries.append({QStringLiteral("version.xml"),
                    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                                      "<hv:HCFVersion xmlns:hv=\"http://www.hancom.co.kr/hwpml/2011/version\" "
                                      "targetApplication=\"WORDPROCESSOR\" major=\"5\" minor=\"1\" micro=\"0\" buildNumber=\"1\"/>")});
    entries.append({QStringLiteral("META-INF/container.xml"),
                    QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                                      "<ocf:container xmlns:ocf=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                                      "<ocf:rootfiles><ocf:rootfile full-path=\"Contents/content.hpf\" "
                                      "media-type=\"application/hwpml-package+xml\"/></ocf:rootfiles></ocf:container>")});
    QString manifest, spine;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        manifest += QStringLiteral("<opf:item id=\"section%1\" href=\"Contents/section%1.xml\" media-type=\"application/xml\"/>").arg(i);
        spine += QStringLiteral("<opf:itemref idref=\"section%1\" linear=\"yes\"/>").arg(i);
    }
    entries.append({QStringLiteral("Contents/content.hpf"),
                    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>"
                                   "<opf:package xmlns:opf=\"http://www.idpf.org/2007/opf/\" version=\"\" unique-identifier=\"\" id=\"\">"
                                   "<opf:manifest><opf:item id=\"header\" href=\"Contents/header.xml\" media-type=\"application/xml\"/>%1"
                                   "</opf:manifest><opf:spine><opf:itemref idref=\"header\" linear=\"yes\"/>%2</opf:spine></opf:package>")
                        .arg(manifest, spine)
                        .toUtf8()});
    entries.append({QStringLiteral("Contents/header.xml"), hwpxHeaderXml().toUtf8()});
    for (qsizetype i = 0; i < sections.size(); ++i)
        entries.append({QStringLiteral("Contents/section%1.xml").arg(i), hwpxSectionXml(sections[i], headings, i == 0).toUtf8()});
    return writeZip(dir, name, entries);
}

QString writePdf(const QString &dir, const QString &name, const QList<QStringList> &pages)
{
    const QString path = targetPath(dir, name);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QFileInfo(name).completeBaseName());
    QPainter painter;
    if (!painter.begin(&writer))
        qFatal("cannot write PDF %s", qPrintable(path));
    // Latin letters and digits from DejaVu: Qt 6.4's PDF writer drops the digits of a Latin-only line set in
    // Noto Sans CJK ("Salary (2021): 8,200" reads back as "Salary ( ): ,", with pdftotext too). Hangul falls
    // back to Noto Sans CJK.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")});
    font.setPixelSize(12);
    painter.setFont(font);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages[i]) {
            if (!line.isEmpty())
                painter.drawText(50, y, line);
            y += line.isEmpty() ? 10 : 18; // an empty entry widens the gap to a paragraph break
        }
    }
    if (!painter.end())
        qFatal("cannot finish PDF %s", qPrintable(path));
    return path;
}

bool encryptPdf(const QString &input, const QString &output, const QString &userPassword, QString *error)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), userPassword, userPassword + QStringLiteral("-owner"),
                                        QStringLiteral("256"), QStringLiteral("--"), input, output});
    const bool ok = qpdf.waitForFinished(60000) && qpdf.exitStatus() == QProcess::NormalExit && qpdf.exitCode() == 0;
    if (!ok && error)
        *error = qpdf.errorString() + u' ' + QString::fromLocal8Bit(qpdf.readAllStandardError());
    return ok;
}

} // namespace Protostar::Test
