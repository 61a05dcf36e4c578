// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Protostar::Test {

// One paragraph-level item of a fixture document.
struct FixtureBlock {
    enum class Kind { Paragraph, Title, Heading, ListItem, Table };
    Kind kind = Kind::Paragraph;
    QString text;
    int level = 0;           // Heading: 1 = top
    QList<QStringList> rows; // Table: cells of each row
};

FixtureBlock para(const QString &text);
FixtureBlock title(const QString &text);
FixtureBlock heading(int level, const QString &text);
FixtureBlock listItem(const QString &text);
FixtureBlock table(const QList<QStringList> &rows);

// How a DOCX names its heading styles, as different Word versions and generators do.
enum class DocxStyles {
    English,     // styleId "Heading1", name "heading 1", Title "Title"
    KoreanWord,  // Korean Word: styleId "1", name "heading 1", Title id "a3"
    KoreanNames, // styleId "a1", name "제목 1", Title name "제목"
    OutlineOnly, // custom style names; the level comes from w:outlineLvl in the style
};

// Writes dir/name as a .docx (OOXML zip: content types, rels, word/document.xml, styles, numbering)
// and returns its path. List items are numbered paragraphs (w:numPr). qFatal on write failure.
QString writeDocx(const QString &dir, const QString &name, const QList<FixtureBlock> &blocks,
                  DocxStyles styles = DocxStyles::English);

// How an HWPX marks headings: by a "개요 N" style, or only by an OUTLINE heading in the paragraph shape.
enum class HwpxHeadings { StyleName, OutlineShape };

// Writes dir/name as a .hwpx (OWPML: mimetype, META-INF/container.xml, Contents/content.hpf, header.xml
// and one section file per `sections` entry) and returns its path. Tables sit inside a paragraph's run,
// as Hangul writes them. List items use a NUMBER paragraph shape.
QString writeHwpx(const QString &dir, const QString &name, const QList<QList<FixtureBlock>> &sections,
                  HwpxHeadings headings = HwpxHeadings::StyleName);

// Writes dir/name as a PDF with QPdfWriter (needs a QGuiApplication), one list of lines per page;
// an empty line leaves a paragraph gap. Uses Noto Sans CJK KR so Hangul is embedded as text.
QString writePdf(const QString &dir, const QString &name, const QList<QStringList> &pages);

// Writes dir/name as a zip holding `entries` (name, bytes), for malformed office files.
QString writeZip(const QString &dir, const QString &name, const QList<std::pair<QString, QByteArray>> &entries);
// Rewrites the zip at `path` so that every entry claims `size` bytes unpacked, in its local header and in the
// central directory: a size its data does not have. Returns `path`; qFatal on failure.
QString claimUnpackedSize(const QString &path, quint32 size);

// Encrypts `input` to `output` with a user password via the qpdf tool; false (with *error) if it fails.
bool encryptPdf(const QString &input, const QString &output, const QString &userPassword, QString *error = nullptr);

} // namespace Protostar::Test
