// SPDX-License-Identifier: MIT
#include "transcriptview.h"

#include "models/citationmodel.h"
#include "models/transcriptmodel.h"

#include <QDir>
#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QUrl>

namespace Protostar {

namespace {

// What the figure guard removed: kept visible (a recruiter should know a claim was made and not backed),
// but struck through under its own heading so it never reads as part of the answer.
QString unverifiedBlock(const QStringList &sentences)
{
    if (sentences.isEmpty())
        return {};
    QString items;
    for (const QString &s : sentences)
        items += QStringLiteral("<br><s>%1</s>").arg(s.toHtmlEscaped());
    return QStringLiteral("<p style=\"color:#8a5a00\">⚠ %1<span style=\"color:#777\">%2</span></p>")
        .arg(TranscriptView::tr("Not verified, removed from the answer (a figure is not written in the cited passage):")
                 .toHtmlEscaped(),
             items);
}

// An answer as one paragraph per line: a profile's or a ranking's lines stay apart, and a line the view wraps
// is told from the next line by the gap between paragraphs. A marker is bound to the word before it by a
// no-break space, so a narrow pane never leaves "[3]" alone at the start of a line. A line quoted from a
// Markdown list keeps its item's look, a bullet, not the "- " it is written with (the viewer formats it so),
// also after the "김지원: " that leads a line of an answer quoting several candidates.
QString answerParagraphs(const QString &text, int row, bool streaming)
{
    static const QRegularExpression spaceBeforeMarker(QStringLiteral(" (?=\\[\\d{1,3}\\])"));
    static const QRegularExpression marker(QStringLiteral("\\[(\\d{1,3})\\]"));
    static const QRegularExpression listItem(QStringLiteral("^(\\s*(?:[^:\\n]{1,40}: )?)[-*+]\\s+(?=\\S)"));
    const QStringList lines = text.split(u'\n');
    QString html;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString(lines[i]).replace(listItem, QStringLiteral("\\1• ")).toHtmlEscaped();
        line.replace(spaceBeforeMarker, QStringLiteral("&nbsp;"));
        line.replace(marker, QStringLiteral("<a href=\"cite:%1:\\1\">[\\1]</a>").arg(row));
        if (streaming && i == lines.size() - 1)
            line += QStringLiteral(" ▍");
        html += QStringLiteral("<p style=\"margin-top:0px;margin-bottom:5px\">%1</p>").arg(line);
    }
    return html;
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setObjectName(QStringLiteral("transcript"));
    connect(this, &QTextBrowser::anchorClicked, this, &TranscriptView::activateLink);
}

void TranscriptView::setModel(TranscriptModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::scheduleRender);
    connect(model, &QAbstractItemModel::dataChanged, this, &TranscriptView::scheduleRender);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_expanded.clear();
        m_renderedRows = -1; // another conversation: show its latest question, wherever the last one was read
        scheduleRender();
    });
    scheduleRender();
}

QString TranscriptView::citationLink(int row, int n)
{
    return QStringLiteral("cite:%1:%2").arg(row).arg(n);
}

void TranscriptView::activateLink(const QUrl &url)
{
    const QStringList parts = url.toString().split(u':');
    if (parts.value(0) == QLatin1String("related") && parts.size() == 2) {
        const int row = parts[1].toInt();
        if (m_expanded.contains(row))
            m_expanded.remove(row);
        else
            m_expanded.insert(row);
        renderNow();
        return;
    }
    if (parts.value(0) == QLatin1String("cite") && parts.size() == 3 && m_model) {
        if (const auto c = m_model->citation(parts[1].toInt(), parts[2].toInt()))
            Q_EMIT citationActivated(*c);
    }
}

void TranscriptView::scheduleRender()
{
    if (m_renderPending)
        return;
    m_renderPending = true;
    QTimer::singleShot(0, this, &TranscriptView::renderNow);
}

void TranscriptView::renderNow()
{
    m_renderPending = false;
    if (!m_model)
        return;
    QScrollBar *bar = verticalScrollBar();
    const int rows = m_model->rowCount();
    // Following the bottom showed a long answer's end (its sources) and hid its start: keep the latest question
    // at the top instead, the answer growing beneath it; a short transcript still ends at the bottom. A reader
    // who scrolled away stays where they are until the next question.
    const bool follow = rows != m_renderedRows || bar->value() == m_followedAt;
    const int keep = bar->value();
    QString html;
    if (rows == 0)
        html = QStringLiteral("<p style=\"color:#777\">%1</p>").arg(emptyHint().toHtmlEscaped());
    for (int row = 0; row < rows; ++row)
        html += renderRow(row);
    setHtml(html);
    m_renderedRows = rows;
    if (!follow) {
        bar->setValue(keep);
        return;
    }
    const int top = rows > 0 ? questionTop(rows - 1) : 0;
    bar->setValue(top < 0 ? bar->maximum() : qMin(top, bar->maximum()));
    m_followedAt = bar->value();
}

int TranscriptView::questionTop(int row) const
{
    const QString name = QStringLiteral("question-%1").arg(row);
    for (QTextBlock block = document()->lastBlock(); block.isValid(); block = block.previous()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().anchorNames().contains(name))
                continue;
            QTextCursor at(document());
            at.setPosition(it.fragment().position());
            // cursorRect() is in viewport coordinates; a little above the line, so the question's box shows whole.
            const int y = cursorRect(at).top() + verticalScrollBar()->value() - fontMetrics().height() / 2 - 8;
            return qMax(0, y);
        }
    }
    return -1;
}

QString TranscriptView::emptyHint() const
{
    if (!m_unreadableDatabase.isEmpty()) {
        return tr("Nothing can be asked: the database could not be read (the candidates pane says why). Choose "
                  "another data folder in File ▸ Settings and restart Protostar, or repair or move away the file "
                  "%1.")
            .arg(QDir::toNativeSeparators(m_unreadableDatabase));
    }
    if (!m_hasDocuments) {
        return tr("There are no documents to ask about yet. Import candidates' résumés first "
                  "(File ▸ Import Files, Ctrl+I, or drag files onto the window); then ask "
                  "here in Korean or English.");
    }
    return tr("Ask about the candidates' documents, in Korean or English. "
              "Every answer cites the paragraph it comes from.");
}

void TranscriptView::setUnreadableDatabase(const QString &databasePath)
{
    if (databasePath == m_unreadableDatabase)
        return;
    m_unreadableDatabase = databasePath;
    scheduleRender();
}

void TranscriptView::setHasDocuments(bool has)
{
    if (has == m_hasDocuments)
        return;
    m_hasDocuments = has;
    scheduleRender();
}

QString TranscriptView::renderRow(int row) const
{
    const TranscriptModel::Entry &e = m_model->entry(row);
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-top:8px\"><tr>"
                                  "<td style=\"background:#e8eef8\"><b><a name=\"question-%3\">%1</a></b> %2</td></tr></table>")
                       .arg(tr("Q:").toHtmlEscaped(), e.question.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                            QString::number(row));
    if (!e.error.isEmpty()) {
        html += QStringLiteral("<p style=\"color:#b01e1e\">%1</p>").arg(e.error.toHtmlEscaped());
        return html;
    }
    if (!e.streaming && !e.found) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Not found in the documents").toHtmlEscaped());

        // The engine's refusal sentence often just repeats the heading above; show it only when it adds something.
        const QString refusal = e.answer.trimmed();
        const QString heading = tr("Not found in the documents");
        if (!refusal.isEmpty() && !refusal.startsWith(heading) && !heading.startsWith(refusal.chopped(refusal.endsWith(u'.') ? 1 : 0)))
            html += QStringLiteral("<p style=\"color:#666\">%1</p>").arg(refusal.toHtmlEscaped());
        if (!e.related.isEmpty()) {
            const bool open = m_expanded.contains(row);
            html += QStringLiteral("<p><a href=\"related:%1\">%2 %3</a></p>")
                        .arg(row)
                        .arg(open ? QStringLiteral("▾") : QStringLiteral("▸"),
                             tr("Related passages, not an answer (%1)").arg(e.related.size()).toHtmlEscaped());
            if (open) {
                for (const Citation &c : e.related) {
                    html += QStringLiteral("<p style=\"margin-left:16px;color:#555\"><a href=\"%1\">[%2]</a> %3<br>"
                                           "<i>%4</i></p>")
                                .arg(citationLink(row, c.n))
                                .arg(c.n)
                                .arg(CitationModel::location(c).toHtmlEscaped(), c.quote.left(300).toHtmlEscaped());
                }
            }
        }
        return html + unverifiedBlock(e.unverified);
    }
    html += QStringLiteral("<div style=\"margin-top:8px\">%1</div>").arg(answerParagraphs(e.answer, row, e.streaming));
    if (!e.streaming)
        html += unverifiedBlock(e.unverified);
    if (!e.streaming && !e.citations.isEmpty()) {
        // A table, so a location that wraps stays indented under itself instead of under its [n].
        QString rows;
        for (const Citation &c : e.citations) {
            rows += QStringLiteral("<tr><td style=\"font-size:small\"><a href=\"%1\">[%2]</a></td>"
                                   "<td style=\"font-size:small;color:#555\">%3</td></tr>")
                        .arg(citationLink(row, c.n))
                        .arg(c.n)
                        .arg(CitationModel::location(c).toHtmlEscaped());
        }
        html += QStringLiteral("<p style=\"color:#555;font-size:small;margin-bottom:2px\">%1</p>"
                               "<table cellspacing=\"0\" cellpadding=\"1\">%2</table>")
                    .arg(tr("Sources:").toHtmlEscaped(), rows);
    }
    return html;
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRender();
    QTextBrowser::changeEvent(event);
}

} // namespace Protostar
