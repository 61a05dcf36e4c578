// SPDX-License-Identifier: MIT
#include "ingest/plaintextreader.h"

#include "core/tr.h"
#include "ingest/documentbuilder.h"
#include "ingest/textdecoder.h"

#include <QFile>

namespace Protostar {

Result<ParsedDocument> PlainTextReader::read(const QString &path, const QString &format)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be opened (%2).").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read (%2).").arg(path, f.errorString()));
    return parse(bytes, path, format);
}

Result<ParsedDocument> PlainTextReader::parse(const QByteArray &bytes, const QString &path, const QString &format)
{
    auto decoded = TextDecoder::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    ParsedDocument doc;
    doc.format = format;
    doc.text = TextDecoder::normalize(std::move(decoded->text));
    qsizetype pos = 0;
    while (pos <= doc.text.size()) {
        qsizetype end = doc.text.indexOf(u'\n', pos);
        if (end < 0)
            end = doc.text.size();
        qsizetype stop = end;
        while (stop > pos && doc.text.at(stop - 1).isSpace())
            --stop;
        const QStringView line = QStringView(doc.text).sliced(pos, stop - pos);
        if (!line.trimmed().isEmpty()) {
            TextBlock block;
            block.text = line.toString();
            block.offset = pos;
            doc.blocks.append(block);
        }
        pos = end + 1;
    }
    if (doc.blocks.isEmpty())
        return makeError(ErrorCode::EmptyDocument, Tr::tr("%1 contains no text to import.").arg(path));
    QString title = doc.blocks.constFirst().text.trimmed();
    if (format == u"md") {
        while (title.startsWith(u'#'))
            title.remove(0, 1);
    }
    doc.title = DocumentBuilder::cleanTitle(title);
    return doc;
}

} // namespace Protostar
