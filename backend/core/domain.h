// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain value types shared by every layer. rag makes them, store keeps them, engine connects the two.
namespace Protostar {

using CandidateId = qint64;
using DocumentId = qint64;
using ChunkId = qint64;
using SessionId = qint64;
using TurnId = qint64;

struct Candidate {
    CandidateId id = 0;
    QString name;
    int documentCount = 0;
    int chunkCount = 0;
    QDateTime lastImport;
    QStringList headings; // distinct top-level headings found in their documents, for the candidate list
};

struct DocumentInfo {
    DocumentId id = 0;
    CandidateId candidateId = 0;
    QString candidateName;
    QString path;     // absolute source path, identity for "changed file replaces old chunks"
    QString fileName;
    QString format;   // "txt", "md", "pdf", "docx", "hwpx"
    QByteArray sha256; // hex of the file's bytes
    qint64 sizeBytes = 0;
    QString title;
    int pageCount = 0;
    int chunkCount = 0;
    QDateTime importedAt;
};

// One structural unit found by a reader: the chunker groups these into chunks.
struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem, TableRow };
    Kind kind = Kind::Paragraph;
    int level = 0;         // heading level (1 = top); 0 for non-headings
    QString text;          // NFC, without the line break
    int page = 0;          // 1-based for paged formats, 0 otherwise
    qsizetype offset = 0;  // start of `text` in ParsedDocument::text
};

// What a reader makes of a file: the whole normalised text plus its blocks, in order.
struct ParsedDocument {
    QString text;
    QList<TextBlock> blocks;
    QString title;  // the document's title line, if any
    QString format;
    int pageCount = 0;
};

struct Document {
    DocumentInfo info;
    QString text;
};

// A paragraph (or a merged run of small ones, or a piece of a long one) with its heading path.
struct Chunk {
    ChunkId id = 0;
    DocumentId documentId = 0;
    int ordinal = 0;
    QStringList headingPath;
    QString text;
    int page = 0;
    qsizetype startOffset = 0; // [start, end) in Document::text
    qsizetype endOffset = 0;
};

// A chunk with the names a citation shows; what the retriever indexes and returns.
struct ChunkRef {
    Chunk chunk;
    CandidateId candidateId = 0;
    QString candidateName;
    QString documentName;
};

struct Citation {
    int n = 0;
    ChunkId chunkId = 0;
    DocumentId documentId = 0;
    QString candidate;
    QString document;
    int page = 0;
    QStringList headingPath;
    QString quote;
    // The answer's sentences that cite this passage, markers removed (QuotedSentences): what the viewer marks
    // inside the paragraph. Empty for related passages.
    QStringList quoted;
};

struct Session {
    SessionId id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int turnCount = 0;
    bool saved = true; // false: kept in memory only, for a database that may not be written (ScratchSessions)
};

struct Turn {
    TurnId id = 0;
    SessionId sessionId = 0;
    int ordinal = 0;
    QString question;
    QString answer;
    bool found = false;
    QByteArray citationsJson; // the Citation list as JSON, so a reopened session shows its sources
    QDateTime createdAt;
    // What a reopened session shows as it was when answered: a refusal's related passages (Citation
    // list as JSON, like citationsJson) and the sentences the figure guard removed.
    QByteArray relatedJson;
    QStringList unverified;
};

struct Summary {
    qint64 id = 0;
    SessionId sessionId = 0;
    TurnId turnId = 0;
    QString text;
    QDateTime createdAt;
};

} // namespace Protostar

Q_DECLARE_METATYPE(Protostar::Candidate)
Q_DECLARE_METATYPE(Protostar::DocumentInfo)
Q_DECLARE_METATYPE(Protostar::Chunk)
Q_DECLARE_METATYPE(Protostar::ChunkRef)
Q_DECLARE_METATYPE(Protostar::Citation)
Q_DECLARE_METATYPE(Protostar::Session)
Q_DECLARE_METATYPE(Protostar::Turn)
