// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets in this folder (built only with -DPROTOSTAR_FUZZ=ON): the invariants every
// reader result must keep, checked with abort() so that libFuzzer records the input as a finding.
// Each fuzzer process is single-threaded; nothing here is thread-safe.

#include "core/domain.h"
#include "core/result.h"
#include "ingest/documentreader.h"
#include "ingest/paragraphchunker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cstdio>
#include <cstdlib>

namespace Protostar::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "FUZZ INVARIANT BROKEN: %s %s\n", what, qPrintable(detail.left(300)));
    std::abort();
}

// The block contract of DocumentReader (documentreader.h): every block's text sits at its offset, in order,
// without line breaks, and the text has no CR.
inline void checkDocument(const ParsedDocument &doc)
{
    if (doc.blocks.isEmpty())
        fail("a document without blocks was returned");
    qsizetype last = -1;
    for (const TextBlock &b : doc.blocks) {
        if (b.offset <= last || b.offset < 0 || b.offset + b.text.size() > doc.text.size())
            fail("block offset out of order or range", b.text);
        if (QStringView(doc.text).mid(b.offset, b.text.size()) != b.text)
            fail("block text is not at its offset", b.text);
        if (b.text.contains(u'\n'))
            fail("block text holds a line break", b.text);
        last = b.offset;
    }
    if (doc.text.contains(u'\r'))
        fail("text holds a CR");
}

// Bad input must come back as an Error a user can read.
template<typename T>
void checkResult(const Result<T> &r)
{
    if (!r.ok() && r.error().message.trimmed().isEmpty())
        fail("an error without a message", r.error().detail);
}

inline void checkParsed(const Result<ParsedDocument> &r)
{
    checkResult(r);
    if (r.ok())
        checkDocument(*r);
}

// A parsed document's chunks must lie inside its text.
inline void checkChunks(const Result<ParsedDocument> &parsed)
{
    if (!parsed.ok())
        return;
    for (const Chunk &c : ParagraphChunker().chunk(*parsed)) {
        if (c.startOffset < 0 || c.endOffset < c.startOffset || c.endOffset > parsed->text.size())
            fail("chunk offsets out of range");
    }
}

// DocumentReader::read on the scratch file at `path`, then the checks. The size limit is lowered to 2 MB
// (20 MB unpacked) so that one run stays fast; the hostile-files test covers the default limits.
inline void readAndCheck(const QString &path)
{
    ReadOptions options;
    options.maxBytes = 2ll * 1024 * 1024;
    const auto parsed = DocumentReader::read(path, options);
    checkParsed(parsed);
    checkChunks(parsed);
}

// Readers that take a path get the fuzz input as a file in a per-process scratch folder (tmpfs when there).
inline QString writeInput(const uint8_t *data, size_t size, const QString &suffix)
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/protostar-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QStringLiteral("/input.") + suffix;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        fail("cannot write the scratch input", path);
    return path;
}

// The structure-aware targets fuzz the XML parts, not the zip around them (a mutated zip mostly fails its CRC):
// the input is split at the first NUL NUL into the parts named in `names`, zipped into the scratch file.
inline QString writeZipInput(const uint8_t *data, size_t size, const QStringList &names, const QString &suffix)
{
    QList<QByteArray> parts;
    QByteArray rest = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        const qsizetype cut = rest.indexOf(QByteArrayView("\0\0", 2));
        parts.append(cut < 0 ? rest : rest.left(cut));
        rest = cut < 0 ? QByteArray() : rest.mid(cut + 2);
    }
    parts.append(rest);
    const QString path = writeInput(nullptr, 0, suffix);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        fail("cannot create the scratch zip", path);
    for (qsizetype i = 0; i < names.size(); ++i) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(names[i])) || f.write(parts[i]) != parts[i].size())
            fail("cannot write into the scratch zip", names[i]);
        f.close();
    }
    zip.close();
    return path;
}

} // namespace Protostar::Fuzz
