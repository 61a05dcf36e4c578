// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Protostar {

// One retrievable unit of an evaluation set: a PDF page (ko-rag-eval) or a paragraph (KorQuAD).
struct EvalPassage {
    QString id;      // the set's own id: ko-rag-eval doc_id, or "korquad:<article>:<paragraph>"
    QString source;  // what the passage belongs to: the PDF ("finance - x.pdf") or the article title
    QString title;   // shown as the document name: the PDF name without domain and extension, or the article title
    int page = 0;    // 1-based page for ko-rag-eval, 0 for KorQuAD
    QString text;
};

struct EvalQuestion {
    QString id;
    QString query;
    QStringList goldIds;  // passage ids that count as a hit
    QStringList answers;  // generation_gt (ko-rag-eval) or answer texts (KorQuAD)
    QList<int> answerStarts; // KorQuAD: offsets of `answers` in the gold paragraph (its contexts are NFC already,
                             // so normalising them moves no offset)
};

struct EvalDataset {
    QString name; // "ko-rag-eval" or "korquad"
    QList<EvalPassage> passages;
    QList<EvalQuestion> questions;

    // One chunk per passage: chunk.documentId is the passage's index + 1, chunk.id likewise, so a hit maps back.
    QList<ChunkRef> passageChunks() const;
    // The passages cut by the ParagraphChunker as imported documents are (each passage read as plain text); a chunk's
    // documentId is still its passage's index + 1, chunk ids are distinct, and page-level gold ranks pages by their
    // best chunk. A passage the chunker leaves empty stays one chunk.
    QList<ChunkRef> paragraphChunks() const;
    int passageIndex(const QString &id) const;
};

// Loads the shared evaluation sets (see ../shared/data/README.md) into passages and questions with gold ids.
// Plain functions over files; thread-safe.
class EvalDatasets
{
public:
    static QStringList names(); // "ko-rag-eval", "korquad"
    // `dataDir` is the shared data folder holding ko-rag-eval/ and korquad/, or one set's own folder.
    // `name` is matched without case ("KorQuAD" is korquad).
    static Result<EvalDataset> load(const QString &name, const QString &dataDir);
    static Result<EvalDataset> loadKoRagEval(const QString &folder);
    static Result<EvalDataset> loadKorQuad(const QString &jsonFile);
};

} // namespace Protostar
