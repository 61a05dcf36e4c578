// SPDX-License-Identifier: MIT
#include "engine/documentimporter.h"

#include "core/logging.h"
#include "core/tr.h"
#include "ingest/candidatenamefinder.h"
#include "ingest/documentreader.h"
#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Protostar {

namespace {

bool isHiddenBelow(const QString &root, const QString &path)
{
    const QStringList parts = QDir(root).relativeFilePath(path).split(u'/', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [](const QString &p) { return p.startsWith(u'.'); });
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("%1 cannot be read: %2. Check that the file exists and you may read it.")
                                            .arg(QFileInfo(path).fileName(), f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return makeError(ErrorCode::Io, Tr::tr("%1 could not be read to the end: %2.").arg(QFileInfo(path).fileName(), f.errorString()));
    return hash.result().toHex();
}

} // namespace

DocumentImporter::DocumentImporter(Store &store, ImportOptions options) : m_store(store), m_options(std::move(options)) { }

QStringList DocumentImporter::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << (info.exists() ? info.absoluteFilePath() : path);
            continue;
        }
        const QString root = info.absoluteFilePath();
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (DocumentReader::isSupported(file) && !isHiddenBelow(root, file))
                found << file;
        }
        found.sort();
        files << found;
    }
    files.removeDuplicates();
    return files;
}

ImportOutcome DocumentImporter::failed(ImportOutcome outcome, const Error &error) const
{
    outcome.status = ImportOutcome::Status::Failed;
    outcome.message = error.message;
    qCInfo(lcImport) << "import failed:" << outcome.path << error.toString();
    return outcome;
}

ImportOutcome DocumentImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    ImportOutcome o;
    o.path = info.exists() ? info.absoluteFilePath() : path;
    o.candidate = m_options.candidate;
    const QString name = info.fileName();
    if (!info.exists())
        return failed(o, makeError(ErrorCode::Io, Tr::tr("%1 does not exist; check the path.").arg(path)));
    if (info.isDir())
        return failed(o, makeError(ErrorCode::Io, Tr::tr("%1 is a folder; import it as a folder, not a file.").arg(path)));
    if (!DocumentReader::isSupported(path))
        return failed(o, makeError(ErrorCode::UnsupportedFormat,
                                   Tr::tr("%1: this file type cannot be imported; use one of: %2.")
                                       .arg(name, DocumentReader::supportedSuffixes().join(QStringLiteral(", ")))));
    o.bytes = info.size();
    // Checked before hashing so a huge file is not read at all.
    if (o.bytes > m_options.maxFileBytes)
        return failed(o, makeError(ErrorCode::TooLarge, Tr::tr("%1 is %2 MB, over the %3 MB limit; raise the limit or split the file.")
                                                            .arg(name)
                                                            .arg(double(o.bytes) / (1024 * 1024), 0, 'f', 1)
                                                            .arg(double(m_options.maxFileBytes) / (1024 * 1024), 0, 'f', 0)));
    auto sha = sha256Of(path);
    if (!sha)
        return failed(o, sha.error());

    // With the candidate known up front an unchanged file is not even parsed. The lookup is kept for
    // the store step: Store::candidateByName can be costly on a large store.
    std::optional<CandidateId> existingCandidate;
    auto unchanged = [&](const QString &candidate) -> Result<bool> {
        if (const auto known = m_knownCandidates.constFind(candidate); known != m_knownCandidates.cend()) {
            existingCandidate = *known;
        } else {
            auto existing = m_store.candidateByName(candidate);
            if (!existing)
                return existing.error();
            if (*existing)
                existingCandidate = (*existing)->id;
        }
        if (!existingCandidate)
            return false;
        auto doc = m_store.documentBySha(*existingCandidate, *sha);
        if (!doc)
            return doc.error();
        if (!*doc)
            return false;
        o.documentId = (*doc)->id;
        o.chunkCount = (*doc)->chunkCount;
        return true;
    };
    if (!o.candidate.isEmpty()) {
        auto same = unchanged(o.candidate);
        if (!same)
            return failed(o, same.error());
        if (*same) {
            o.status = ImportOutcome::Status::Unchanged;
            return o;
        }
    }

    auto parsed = DocumentReader::read(path, ReadOptions{m_options.maxFileBytes});
    if (!parsed)
        return failed(o, parsed.error());
    const QList<Chunk> chunks = ParagraphChunker(m_options.chunker).chunk(*parsed);
    if (chunks.isEmpty())
        return failed(o, makeError(ErrorCode::EmptyDocument, Tr::tr("%1 holds no text to import.").arg(name)));

    if (o.candidate.isEmpty()) {
        o.candidate = CandidateNameFinder::find(*parsed);
        if (o.candidate.isEmpty())
            o.candidate = info.completeBaseName();
        auto same = unchanged(o.candidate);
        if (!same)
            return failed(o, same.error());
        if (*same) {
            o.status = ImportOutcome::Status::Unchanged;
            return o;
        }
    }

    Result<CandidateId> candidateId = existingCandidate ? Result<CandidateId>(*existingCandidate) : m_store.ensureCandidate(o.candidate);
    if (!candidateId)
        return failed(o, candidateId.error());

    DocumentInfo doc;
    doc.candidateId = *candidateId;
    doc.candidateName = o.candidate;
    doc.path = o.path;
    doc.fileName = name;
    doc.format = parsed->format.isEmpty() ? info.suffix().toLower() : parsed->format;
    doc.sha256 = *sha;
    doc.sizeBytes = o.bytes;
    doc.title = parsed->title.isEmpty() && !parsed->blocks.isEmpty() ? parsed->blocks.first().text.trimmed() : parsed->title;
    doc.pageCount = parsed->pageCount;
    doc.chunkCount = int(chunks.size());
    auto stored = m_store.putDocument(doc, parsed->text, chunks);
    if (!stored) {
        // A candidate made for this file alone must not outlive the failed import.
        if (!existingCandidate) {
            if (auto undo = m_store.deleteCandidate(*candidateId); !undo)
                qCWarning(lcImport) << "could not remove candidate after failed import:" << undo.error().toString();
        }
        m_knownCandidates.remove(o.candidate); // it may have been deleted meanwhile
        return failed(o, stored.error());
    }
    m_knownCandidates.insert(o.candidate, *candidateId);
    o.status = ImportOutcome::Status::Imported;
    o.documentId = *stored;
    o.chunkCount = int(chunks.size());
    return o;
}

QList<ImportOutcome> DocumentImporter::importPaths(const QStringList &paths, const Progress &progress, const std::atomic_bool *cancel)
{
    const QStringList files = expandPaths(paths);
    QList<ImportOutcome> outcomes;
    outcomes.reserve(files.size());
    for (const QString &file : files) {
        ImportOutcome o;
        if (cancel && cancel->load()) {
            o.path = file;
            o.candidate = m_options.candidate;
            o.status = ImportOutcome::Status::Cancelled;
        } else {
            o = importFile(file);
        }
        outcomes.append(o);
        if (progress)
            progress(int(outcomes.size()), int(files.size()), o);
    }
    return outcomes;
}

ImportSummary DocumentImporter::summarize(const QList<ImportOutcome> &outcomes)
{
    ImportSummary s;
    for (const ImportOutcome &o : outcomes) {
        switch (o.status) {
        case ImportOutcome::Status::Imported:
            ++s.imported;
            s.bytes += o.bytes;
            break;
        case ImportOutcome::Status::Unchanged:
            ++s.unchanged;
            break;
        case ImportOutcome::Status::Failed:
            ++s.failed;
            break;
        case ImportOutcome::Status::Cancelled:
            ++s.cancelled;
            break;
        }
    }
    return s;
}

QString DocumentImporter::describe(const ImportOutcome &outcome)
{
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        // Not %n: without a loaded translator Qt prints "chunk(s)" literally.
        return outcome.chunkCount == 1 ? Tr::tr("imported (1 chunk)") : Tr::tr("imported (%1 chunks)").arg(outcome.chunkCount);
    case ImportOutcome::Status::Unchanged:
        return Tr::tr("unchanged");
    case ImportOutcome::Status::Failed:
        return Tr::tr("failed: %1").arg(outcome.message);
    case ImportOutcome::Status::Cancelled:
        return Tr::tr("cancelled");
    }
    return {};
}

} // namespace Protostar
