// SPDX-License-Identifier: MIT
#include "ingest/pdfreader.h"

#include "core/logging.h"
#include "core/tr.h"
#include "ingest/contactline.h"
#include "ingest/documentbuilder.h"
#include "ingest/linejoiner.h"
#include "ingest/runninglines.h"

#include <QFile>
#include <QRectF>

#include <poppler-qt6.h>

#include <algorithm>

namespace Protostar {

namespace {

constexpr qint64 kEdgeBytes = 1024; // "%PDF-" and "%%EOF" must lie this close to the file's ends

struct Line {
    QString text;
    QRectF box;
};

QList<Line> pageLines(const Poppler::Page &page)
{
    QList<Line> lines;
    Line line;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        line.text += word->text();
        line.box = line.box.isNull() ? word->boundingBox() : line.box.united(word->boundingBox());
        // Poppler links the words of one line; the last word of a line has no next word.
        if (word->nextWord() == nullptr) {
            lines.append(line);
            line = {};
        } else if (word->hasSpaceAfter()) {
            line.text += u' ';
        }
    }
    if (!line.text.isEmpty())
        lines.append(line);
    return lines;
}

// The page's ordinary line pitch: a low percentile of the distances between consecutive line tops,
// since most steps are within a paragraph. Steps under half a line (superscripts, split lines) don't count.
double typicalPitch(const QList<Line> &lines)
{
    QList<double> steps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double step = lines[i].box.top() - lines[i - 1].box.top();
        if (step >= 0.5 * lines[i - 1].box.height())
            steps.append(step);
    }
    if (steps.size() < 2)
        return 0;
    std::sort(steps.begin(), steps.end());
    return steps[(steps.size() - 1) / 4];
}

void silencePoppler()
{
    // Poppler writes every syntax complaint to stderr; the import reports one clear error instead.
    static const bool once = [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcImport) << "poppler:" << message; }, {});
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace

Result<ParsedDocument> PdfReader::read(const QString &path)
{
    silencePoppler();
    const auto corrupt = [&path](const QString &detail) {
        return makeError(ErrorCode::CorruptDocument,
                         Tr::tr("%1 is not a readable PDF (it may be damaged or truncated); "
                                "download or export it again.")
                             .arg(path),
                         detail);
    };
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("%1 cannot be opened (%2).").arg(path, f.errorString()));
        if (!f.read(kEdgeBytes).contains("%PDF-"))
            return corrupt(QStringLiteral("no %PDF- header"));
        // Poppler rebuilds a cut-off file silently and loses its end; a missing trailer says it was cut.
        f.seek(qMax<qint64>(0, f.size() - kEdgeBytes));
        if (!f.read(kEdgeBytes).contains("%%EOF"))
            return corrupt(QStringLiteral("no %%EOF trailer"));
    }
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        return corrupt(QStringLiteral("poppler could not load it"));
    if (pdf->isLocked())
        return makeError(ErrorCode::EncryptedDocument,
                         Tr::tr("%1 is password-protected; save an unprotected copy and import that.").arg(path));

    QList<QList<Line>> pages;
    QList<RunningLines::Page> edges;
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            return corrupt(QStringLiteral("page %1 cannot be read").arg(i + 1));
        pages.append(pageLines(*page));
        RunningLines::Page edge{{}, page->pageSizeF().height()};
        for (const Line &line : pages.last())
            edge.lines.append(RunningLines::Line{line.text, line.box.top(), line.box.bottom()});
        edges.append(edge);
    }
    const QList<QList<bool>> running = RunningLines::find(edges);
    QList<QList<Line>> kept(pages.size());
    QStringList keptText;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        for (qsizetype l = 0; l < pages[i].size(); ++l) {
            if (!running[i][l]) {
                kept[i].append(pages[i][l]);
                keptText.append(pages[i][l].text);
            }
        }
    }
    const LineJoiner joiner(keptText);

    DocumentBuilder builder(QStringLiteral("pdf"));
    builder.setLineMode(true);
    builder.setPageCount(pdf->numPages());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        builder.paragraphBreak();
        const QList<Line> &lines = kept[i];
        const double pitch = typicalPitch(lines);
        bool afterContact = false;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            if (l > 0) {
                const QRectF &prev = lines[l - 1].box;
                const double step = lines[l].box.top() - prev.top();
                // A step clearly wider than the page's usual line pitch, or a jump back up (next column),
                // ends the paragraph.
                if (step < 0 || (pitch > 0 ? step > 1.3 * pitch : step > 1.5 * prev.height()))
                    builder.paragraphBreak();
            }
            // A word cut at the line's end (hyphenated, or Korean cut anywhere) continues on the next line of the same
            // paragraph.
            QString text = lines[l].text;
            while (l + 1 < lines.size()) {
                const double step = lines[l + 1].box.top() - lines[l].box.top();
                const bool sameParagraph = step >= 0 && (pitch > 0 ? step <= 1.3 * pitch : step <= 1.5 * lines[l].box.height());
                const QString joined = sameParagraph ? joiner.join(text, lines[l + 1].text) : QString();
                if (joined.isEmpty())
                    break;
                text = joined;
                ++l;
            }
            // A contact line (e-mail, phone, web address) is a sentence of its own: joined to its neighbours by a line
            // break it read as one sentence with them, and an answer quoting the e-mail quoted the phone and the town
            // below it too. Not a paragraph of its own: the chunker reads a sidebar's "CONTACT" over its lines as one.
            const bool contact = ContactLine::matches(text);
            if (contact || afterContact)
                builder.lineApart();
            afterContact = contact;
            builder.add(TextBlock::Kind::Paragraph, text, 0, int(i) + 1);
        }
    }
    if (builder.isEmpty())
        return makeError(ErrorCode::EmptyDocument,
                         Tr::tr("%1 has no text that can be extracted (it may be a scanned image); "
                                "run it through OCR first.")
                             .arg(path));
    return builder.finish(path);
}

} // namespace Protostar
