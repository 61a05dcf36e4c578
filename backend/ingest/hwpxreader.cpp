// SPDX-License-Identifier: MIT
#include "ingest/hwpxreader.h"

#include "core/tr.h"
#include "ingest/blockassembler.h"
#include "ingest/xmlpartreader.h"
#include "ingest/zippackage.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Protostar {

namespace {

const QString kHeaderPart = QStringLiteral("Contents/header.xml");

struct ParaShape {
    TextBlock::Kind kind = TextBlock::Kind::Paragraph;
    int level = 0;
};

struct HeaderInfo {
    QHash<QString, ParaShape> paraShapes; // hh:paraPr id -> what its hh:heading says
    QHash<QString, int> styleLevels;      // hh:style id -> heading level from its name
    QHash<QString, QString> styleParaShapes; // hh:style id -> its paraPrIDRef
};

HeaderInfo parseHeader(const QByteArray &bytes)
{
    HeaderInfo info;
    XmlPartReader xml(bytes);
    QString paraPrId;
    while (xml.next()) { // a part nested too deep ends here, like a damaged one
        if (xml.isEndElement() && xml.name() == u"paraPr")
            paraPrId.clear();
        if (!xml.isStartElement())
            continue;
        const QStringView n = xml.name();
        if (n == u"paraPr") {
            paraPrId = xml.attribute(u"id");
        } else if (n == u"heading" && !paraPrId.isEmpty()) {
            const QString type = xml.attribute(u"type");
            ParaShape shape;
            if (type == u"OUTLINE") {
                shape.kind = TextBlock::Kind::Heading;
                // OWPML levels are 0-based; bounded like style-name levels (and no overflow on "2147483647").
                shape.level = qBound(0, xml.attribute(u"level").toInt(), 8) + 1;
            } else if (type == u"NUMBER" || type == u"BULLET") {
                shape.kind = TextBlock::Kind::ListItem;
            }
            info.paraShapes.insert(paraPrId, shape);
        } else if (n == u"style") {
            const QString id = xml.attribute(u"id");
            int level = BlockAssembler::headingLevelForStyleName(xml.attribute(u"name"));
            if (level == 0)
                level = BlockAssembler::headingLevelForStyleName(xml.attribute(u"engName"));
            if (level > 0)
                info.styleLevels.insert(id, level);
            info.styleParaShapes.insert(id, xml.attribute(u"paraPrIDRef"));
        }
    }
    return info; // a damaged header only costs heading levels
}

void classify(BlockAssembler::Paragraph &p, const HeaderInfo &header, const QString &paraPrId, const QString &styleId)
{
    if (const int level = header.styleLevels.value(styleId)) {
        p.kind = TextBlock::Kind::Heading;
        p.level = level;
        return;
    }
    QString shapeId = paraPrId.isEmpty() ? header.styleParaShapes.value(styleId) : paraPrId;
    const ParaShape shape = header.paraShapes.value(shapeId);
    p.kind = shape.kind;
    p.level = shape.level;
}

int sectionNumber(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^Contents/section(\\d+)\\.xml$"));
    const auto m = re.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

Result<ParsedDocument> HwpxReader::read(const QString &path, qint64 maxUnpackedBytes)
{
    auto package = ZipPackage::load(
        path, QStringLiteral("HWPX"),
        [](const QString &name) { return name == kHeaderPart || sectionNumber(name) >= 0; }, maxUnpackedBytes);
    if (!package)
        return package.error();
    QStringList sections;
    for (const QString &name : package->entries()) {
        if (sectionNumber(name) >= 0)
            sections.append(name);
    }
    if (sections.isEmpty())
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is not a Hangul (HWPX) document (it has no Contents/section0.xml); "
                                "open and save it again as .hwpx.")
                             .arg(path));
    std::sort(sections.begin(), sections.end(),
              [](const QString &a, const QString &b) { return sectionNumber(a) < sectionNumber(b); });
    const HeaderInfo header = parseHeader(package->part(kHeaderPart));

    DocumentBuilder builder(QStringLiteral("hwpx"));
    BlockAssembler assembler(builder);
    for (const QString &section : std::as_const(sections)) {
        QList<std::pair<QString, QString>> props; // (paraPrIDRef, styleIDRef) of each open paragraph
        int textDepth = 0;
        XmlPartReader xml(package->part(section));
        while (xml.next()) {
            if (xml.isCharacters()) {
                if (textDepth > 0)
                    assembler.appendText(xml.text().toString());
                continue;
            }
            const bool start = xml.isStartElement();
            const QStringView n = xml.name();
            // Controls hold page headers, footers, notes and section settings, not body text.
            if (start && (n == u"ctrl" || n == u"secPr" || n == u"linesegarray")) {
                xml.skipElement();
                continue;
            }
            if (n == u"p") {
                if (start) {
                    assembler.beginParagraph();
                    props.append({xml.attribute(u"paraPrIDRef"), xml.attribute(u"styleIDRef")});
                } else if (!props.isEmpty()) {
                    if (BlockAssembler::Paragraph *p = assembler.current())
                        classify(*p, header, props.last().first, props.last().second);
                    props.removeLast();
                    assembler.endParagraph();
                }
            } else if (n == u"t") {
                textDepth += start ? 1 : -1;
            } else if (assembler.tableElement(n, start) || !start) {
                // a table boundary, or the end of an element that needs nothing
            } else if (n == u"cellAddr") {
                assembler.setCellColumn(xml.attribute(u"colAddr").toInt());
            } else if (n == u"cellSpan") {
                assembler.setCellSpan(xml.attribute(u"colSpan").toInt());
            } else if (textDepth > 0 && (n == u"tab" || n == u"lineBreak")) {
                assembler.appendText(QStringLiteral(" "));
            }
        }
        if (xml.tooDeep())
            return makeError(ErrorCode::CorruptDocument,
                             Tr::tr("%1 is damaged: its %2 nests more than %3 levels deep; "
                                    "open and save it again in Hangul.")
                                 .arg(path, section)
                                 .arg(XmlPartReader::kMaxDepth));
        if (xml.hasError())
            return makeError(ErrorCode::CorruptDocument,
                             Tr::tr("%1 has a damaged %2; open and save it again in Hangul.").arg(path, section),
                             xml.errorString());
    }
    return builder.finish(path);
}

} // namespace Protostar
