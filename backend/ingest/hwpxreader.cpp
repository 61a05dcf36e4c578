// SPDX-License-Identifier: MIT
#include "ingest/hwpxreader.h"

#include "core/tr.h"
#include "ingest/blockassembler.h"
#include "ingest/zippackage.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Protostar {

namespace {

const QString kHeaderPart = QStringLiteral("Contents/header.xml");
// Hangul nests a few dozen elements deep (tables in paragraphs in tables); libxml2 refuses beyond 256 too.
// Without a bound a small zip of "<x><x><x>..." makes the XML reader's stack grow to gigabytes.
constexpr int kMaxXmlDepth = 256;

struct ParaShape {
    TextBlock::Kind kind = TextBlock::Kind::Paragraph;
    int level = 0;
};

struct HeaderInfo {
    QHash<QString, ParaShape> paraShapes; // hh:paraPr id -> what its hh:heading says
    QHash<QString, int> styleLevels;      // hh:style id -> heading level from its name
    QHash<QString, QString> styleParaShapes; // hh:style id -> its paraPrIDRef
};

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

HeaderInfo parseHeader(const QByteArray &bytes)
{
    HeaderInfo info;
    QXmlStreamReader xml(bytes);
    QString paraPrId;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == u"paraPr")
                paraPrId.clear();
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > kMaxXmlDepth)
            break;
        const QStringView n = xml.name();
        if (n == u"paraPr") {
            paraPrId = attribute(xml, u"id");
        } else if (n == u"heading" && !paraPrId.isEmpty()) {
            const QString type = attribute(xml, u"type");
            ParaShape shape;
            if (type == u"OUTLINE") {
                shape.kind = TextBlock::Kind::Heading;
                // OWPML levels are 0-based; bounded like style-name levels (and no overflow on "2147483647").
                shape.level = qBound(0, attribute(xml, u"level").toInt(), 8) + 1;
            } else if (type == u"NUMBER" || type == u"BULLET") {
                shape.kind = TextBlock::Kind::ListItem;
            }
            info.paraShapes.insert(paraPrId, shape);
        } else if (n == u"style") {
            const QString id = attribute(xml, u"id");
            int level = BlockAssembler::headingLevelForStyleName(attribute(xml, u"name"));
            if (level == 0)
                level = BlockAssembler::headingLevelForStyleName(attribute(xml, u"engName"));
            if (level > 0)
                info.styleLevels.insert(id, level);
            info.styleParaShapes.insert(id, attribute(xml, u"paraPrIDRef"));
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
        QXmlStreamReader xml(package->part(section));
        int depth = 0;    // elements open after the current token
        int skipFrom = 0; // > 0 inside an element skipped whole, which opened at this depth
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && ++depth > kMaxXmlDepth)
                return makeError(ErrorCode::CorruptDocument,
                                 Tr::tr("%1 is damaged: its %2 nests more than %3 levels deep; "
                                        "open and save it again in Hangul.")
                                     .arg(path, section)
                                     .arg(kMaxXmlDepth));
            if (token == QXmlStreamReader::EndElement)
                --depth;
            if (skipFrom > 0) {
                if (token == QXmlStreamReader::EndElement && depth < skipFrom)
                    skipFrom = 0;
                continue;
            }
            if (token == QXmlStreamReader::Characters) {
                if (textDepth > 0)
                    assembler.appendText(xml.text().toString());
                continue;
            }
            if (token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndElement)
                continue;
            const bool start = token == QXmlStreamReader::StartElement;
            const QStringView n = xml.name();
            // Controls hold page headers, footers, notes and section settings, not body text.
            if (start && (n == u"ctrl" || n == u"secPr" || n == u"linesegarray")) {
                skipFrom = depth; // not skipCurrentElement(): that would nest without the depth bound
                continue;
            }
            if (n == u"p") {
                if (start) {
                    assembler.beginParagraph();
                    props.append({attribute(xml, u"paraPrIDRef"), attribute(xml, u"styleIDRef")});
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
            } else if (textDepth > 0 && (n == u"tab" || n == u"lineBreak")) {
                assembler.appendText(QStringLiteral(" "));
            }
        }
        if (xml.hasError())
            return makeError(ErrorCode::CorruptDocument,
                             Tr::tr("%1 has a damaged %2; open and save it again in Hangul.").arg(path, section),
                             xml.errorString());
    }
    return builder.finish(path);
}

} // namespace Protostar
