// SPDX-License-Identifier: MIT
// Placeholder until the readers land: UTF-8 plain text only.
#include "ingest/documentreader.h"

#include "core/tr.h"

#include <QFile>
#include <QFileInfo>

namespace Protostar {

QStringList DocumentReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md")};
}

bool DocumentReader::isSupported(const QString &path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
}

Result<ParsedDocument> DocumentReader::read(const QString &path, const ReadOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1: cannot be read (%2).").arg(path, f.errorString()));
    ParsedDocument doc;
    doc.format = QFileInfo(path).suffix().toLower();
    doc.text = QString::fromUtf8(f.readAll());
    qsizetype pos = 0;
    for (const QString &line : doc.text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            doc.blocks.append(TextBlock{TextBlock::Kind::Paragraph, 0, line, 0, pos});
        pos += line.size() + 1;
    }
    return doc;
}

} // namespace Protostar
