// SPDX-License-Identifier: MIT
#include "ingest/docxreader.h"

#include "core/tr.h"
#include "ingest/blockassembler.h"
#include "ingest/xmlpartreader.h"
#include "ingest/zippackage.h"

#include <QHash>

namespace Protostar {

namespace {

const QString kDocumentPart = QStringLiteral("word/document.xml");
const QString kStylesPart = QStringLiteral("word/styles.xml");

struct Style {
    QString name;
    QString basedOn;
    int outlineLevel = -1; // w:outlineLvl, 0-based; 9 means body text
    bool numbered = false;
};

// Transitional and Strict OOXML both contain "wordprocessingml"; DrawingML's a:p/a:t must not count.
bool isWordElement(const XmlPartReader &xml)
{
    return xml.namespaceUri().contains(u"wordprocessingml");
}

QHash<QString, Style> parseStyles(const QByteArray &xmlBytes)
{
    QHash<QString, Style> styles;
    XmlPartReader xml(xmlBytes);
    QString id;
    while (xml.next()) { // a part nested too deep ends here, like a damaged one
        if (!xml.isStartElement() || !isWordElement(xml))
            continue;
        const QStringView n = xml.name();
        if (n == u"style")
            id = xml.attribute(u"styleId");
        else if (id.isEmpty())
            continue;
        else if (n == u"name")
            styles[id].name = xml.attribute(u"val");
        else if (n == u"basedOn")
            styles[id].basedOn = xml.attribute(u"val");
        else if (n == u"outlineLvl")
            styles[id].outlineLevel = xml.attribute(u"val").toInt();
        else if (n == u"numId")
            styles[id].numbered = xml.attribute(u"val") != u"0";
    }
    return styles; // a damaged styles.xml only costs us heading levels, so parse errors are ignored
}

struct ParagraphProps {
    QString styleId;
    int outlineLevel = -1;
    int numbered = -1; // -1 unset, else 0/1 from w:numPr
};

void classify(BlockAssembler::Paragraph &p, const ParagraphProps &props, const QHash<QString, Style> &styles)
{
    int outline = props.outlineLevel;
    int numbered = props.numbered;
    bool listStyle = false;
    QString id = props.styleId;
    for (int depth = 0; !id.isEmpty() && depth < 16; ++depth) { // basedOn chains may loop in broken files
        const auto it = styles.constFind(id);
        if (it == styles.cend())
            break;
        bool isTitle = false;
        if (const int level = BlockAssembler::headingLevelForStyleName(it->name, &isTitle)) {
            p.kind = TextBlock::Kind::Heading;
            p.level = level;
            p.isTitle = isTitle && depth == 0;
            return;
        }
        if (outline < 0)
            outline = it->outlineLevel;
        if (numbered < 0 && it->numbered)
            numbered = 1;
        listStyle = listStyle || it->name.startsWith(u"List", Qt::CaseInsensitive);
        id = it->basedOn;
    }
    if (!styles.contains(props.styleId)) { // no styles.xml: Word's English style ids still say enough
        bool isTitle = false;
        if (const int level = BlockAssembler::headingLevelForStyleName(props.styleId, &isTitle)) {
            p.kind = TextBlock::Kind::Heading;
            p.level = level;
            p.isTitle = isTitle;
            return;
        }
    }
    if (outline >= 0 && outline < 9) {
        p.kind = TextBlock::Kind::Heading;
        p.level = outline + 1;
    } else if (numbered > 0 || listStyle) {
        p.kind = TextBlock::Kind::ListItem;
    }
}

} // namespace

Result<ParsedDocument> DocxReader::read(const QString &path, qint64 maxUnpackedBytes)
{
    auto package = ZipPackage::load(
        path, QStringLiteral("DOCX"),
        [](const QString &name) { return name == kDocumentPart || name == kStylesPart; }, maxUnpackedBytes);
    if (!package)
        return package.error();
    if (!package->contains(kDocumentPart))
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is not a Word document (it has no word/document.xml); "
                                "open and save it again as .docx.")
                             .arg(path));
    const QHash<QString, Style> styles = parseStyles(package->part(kStylesPart));

    DocumentBuilder builder(QStringLiteral("docx"));
    BlockAssembler assembler(builder);
    QList<ParagraphProps> props; // parallel to the assembler's open paragraphs
    int textDepth = 0;
    int pPrDepth = 0;
    XmlPartReader xml(package->part(kDocumentPart));
    while (xml.next()) {
        if (xml.isCharacters()) {
            if (textDepth > 0)
                assembler.appendText(xml.text().toString());
            continue;
        }
        const bool start = xml.isStartElement();
        const QStringView n = xml.name();
        if (start && n == u"Fallback") { // mc:Fallback repeats the mc:Choice content
            xml.skipElement();
            continue;
        }
        if (!isWordElement(xml))
            continue;
        if (n == u"p") {
            if (start) {
                assembler.beginParagraph();
                props.append(ParagraphProps{});
            } else if (!props.isEmpty()) {
                if (BlockAssembler::Paragraph *p = assembler.current())
                    classify(*p, props.last(), styles);
                props.removeLast();
                assembler.endParagraph();
            }
        } else if (n == u"pPr") {
            pPrDepth += start ? 1 : -1;
        } else if (n == u"t") {
            textDepth += start ? 1 : -1;
        } else if (assembler.tableElement(n, start) || !start) {
            // a table boundary, or the end of an element that needs nothing
        } else if (pPrDepth > 0 && !props.isEmpty()) {
            if (n == u"pStyle")
                props.last().styleId = xml.attribute(u"val");
            else if (n == u"outlineLvl")
                props.last().outlineLevel = xml.attribute(u"val").toInt();
            else if (n == u"numId")
                props.last().numbered = xml.attribute(u"val") != u"0";
        } else if (n == u"gridSpan") {
            assembler.setCellSpan(xml.attribute(u"val").toInt());
        } else if (n == u"gridBefore") {
            assembler.skipColumns(xml.attribute(u"val").toInt());
        } else if (n == u"tab" || n == u"br" || n == u"cr") {
            assembler.appendText(QStringLiteral(" "));
        } else if (n == u"noBreakHyphen") {
            assembler.appendText(QStringLiteral("-"));
        }
    }
    if (xml.tooDeep())
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is damaged: its word/document.xml nests more than %2 levels deep; "
                                "open and save it again in Word.")
                             .arg(path)
                             .arg(XmlPartReader::kMaxDepth));
    if (xml.hasError())
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 has a damaged word/document.xml; open and save it again in Word.").arg(path),
                         xml.errorString());
    return builder.finish(path);
}

} // namespace Protostar
