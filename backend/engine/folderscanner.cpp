// SPDX-License-Identifier: MIT
#include "engine/folderscanner.h"

#include "core/tr.h"
#include "ingest/documentreader.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Protostar {

namespace {

QByteArray sha256Hex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return hash.result().toHex();
}

// Office lock files ("~$cv.docx", ".~lock.cv.docx#") carry supported suffixes but are not documents.
bool isTemporary(const QString &fileName)
{
    return fileName.startsWith(QLatin1String("~$")) || fileName.startsWith(QLatin1String(".~lock"));
}

} // namespace

bool FolderScanner::isUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

FolderScan FolderScanner::scan(Store &store, const QString &folder, const std::atomic_bool &cancelled)
{
    FolderScan scan;
    scan.folder = folder;
    if (!QFileInfo(folder).isDir()) {
        // A missing folder is more often an unplugged drive than deleted résumés: keep the documents.
        scan.error = makeError(ErrorCode::NotFound,
                               Tr::tr("The linked folder %1 is missing. Its documents are kept; reconnect the drive or unlink the folder.")
                                   .arg(folder));
        return scan;
    }
    scan.directories.append(folder);
    QHash<QString, QFileInfo> onDisk;
    QDirIterator it(folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir()) {
            scan.directories.append(path);
        } else if (DocumentReader::isSupported(path) && !isTemporary(info.fileName())) {
            scan.files.append(path);
            onDisk.insert(path, info);
        }
    }
    scan.files.sort();

    auto documents = store.documents(std::nullopt);
    if (!documents) {
        scan.error = documents.error();
        return scan;
    }
    QMultiHash<QString, DocumentInfo> stored;
    for (const DocumentInfo &doc : std::as_const(*documents)) {
        if (isUnder(doc.path, folder))
            stored.insert(doc.path, doc);
    }

    for (const QString &path : std::as_const(scan.files)) {
        if (cancelled)
            return scan;
        const auto doc = stored.constFind(path);
        if (doc == stored.cend()) {
            scan.toImport.append(path);
            continue;
        }
        const QFileInfo &info = onDisk[path];
        if (doc->sizeBytes != info.size()) {
            scan.toImport.append(path);
            continue;
        }
        // Same size and untouched since the import: skip hashing. The margin covers coarse
        // file-system timestamps; a file touched inside it is hashed, which is only slower.
        if (info.lastModified() < doc->importedAt.addSecs(-2))
            continue;
        const QByteArray sha = sha256Hex(path);
        if (sha.isEmpty() || sha != doc->sha256.toLower())
            scan.toImport.append(path); // unreadable files go too, so the import reports why
    }

    // Deleting before the new paths are queued matters for renames: the importer skips a file whose
    // bytes it already holds, so the old row must be gone before the renamed file arrives.
    for (auto doc = stored.cbegin(); doc != stored.cend(); ++doc) {
        if (cancelled)
            return scan;
        if (onDisk.contains(doc.key()) || QFileInfo::exists(doc.key()))
            continue;
        if (auto r = store.deleteDocument(doc->id); !r) {
            scan.error = r.error();
            continue;
        }
        scan.removed.append({doc->id, doc.key()});
    }
    return scan;
}

} // namespace Protostar
