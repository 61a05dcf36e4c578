// SPDX-License-Identifier: MIT
#include "ingest/documentreader.h"

#include "core/tr.h"
#include "ingest/docxreader.h"
#include "ingest/hwpxreader.h"
#include "ingest/pdfreader.h"
#include "ingest/plaintextreader.h"

#include <QFile>
#include <QFileInfo>

namespace Protostar {

namespace {

// Office files are zipped XML; more than this many times the size limit unpacked is a zip bomb.
constexpr qint64 kMaxUnpackRatio = 10;

// An encrypted Office file is an OLE compound file holding an "EncryptionInfo" stream, not a zip.
bool isEncryptedOfficeFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(8).startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return false;
    f.seek(0);
    const QByteArray head = f.read(1024 * 1024);
    return head.contains(QByteArrayView(reinterpret_cast<const char *>(u"EncryptionInfo"), 28));
}

} // namespace

QStringList DocumentReader::supportedSuffixes()
{
    return {QStringLiteral("txt"), QStringLiteral("md"),   QStringLiteral("markdown"),
            QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("hwpx")};
}

bool DocumentReader::isSupported(const QString &path)
{
    return supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QString DocumentReader::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"markdown")
        return QStringLiteral("md");
    return supportedSuffixes().contains(suffix) ? suffix : QString();
}

Result<ParsedDocument> DocumentReader::read(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, Tr::tr("%1 does not exist or cannot be reached.").arg(path),
                         info.isSymLink() ? QStringLiteral("dangling symbolic link") : QString());
    if (info.isDir())
        return makeError(ErrorCode::Io, Tr::tr("%1 is a folder, not a file.").arg(path));
    const QString format = formatOf(path);
    if (format.isEmpty())
        return makeError(ErrorCode::UnsupportedFormat,
                         Tr::tr("%1 is not a supported type; import .txt, .md, .pdf, .docx or .hwpx files.").arg(path),
                         info.suffix());
    if (info.size() > options.maxBytes)
        return makeError(ErrorCode::TooLarge,
                         Tr::tr("%1 is %2 MB, over the %3 MB limit; split it or raise the limit.")
                             .arg(path)
                             .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                             .arg(double(options.maxBytes) / (1024 * 1024), 0, 'f', 1));
    if (info.size() == 0)
        return makeError(ErrorCode::EmptyDocument, Tr::tr("%1 is empty.").arg(path));
    if (!info.isReadable())
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read; check its permissions.").arg(path));

    if (format == u"pdf")
        return PdfReader::read(path);
    if (format == u"docx" || format == u"hwpx") {
        if (isEncryptedOfficeFile(path))
            return makeError(ErrorCode::EncryptedDocument,
                             Tr::tr("%1 is password-protected; save an unprotected copy and import that.").arg(path));
        const qint64 maxUnpacked = options.maxBytes * kMaxUnpackRatio;
        return format == u"docx" ? DocxReader::read(path, maxUnpacked) : HwpxReader::read(path, maxUnpacked);
    }
    return PlainTextReader::read(path, format);
}

} // namespace Protostar
