// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Protostar {

// Job entries written inside a passage rather than as headings: a bullet line stating a period
// ("- 2019.07 ~ 현재 한결데이터 검색플랫폼팀 팀장") with the lines indented under it saying what was done
// there ("  Elasticsearch 클러스터 40대를 운영하며 …"). Such an entry line is to its details what an entry
// heading is to the sentences under it (SentencePool reads it as their label). So is a line without a bullet
// stating a period with bullets right under it ("**Bluewave Logistics — …, Mar 2019 – Present**", "- Built …").
// A dated bullet with nothing indented under it is a line like any other. Value type; thread-safe.
class InlineEntries
{
public:
    struct Entry {
        qsizetype lineStart = 0;  // the entry line, [lineStart, lineEnd) of the passage text
        qsizetype lineEnd = 0;
        qsizetype detailsEnd = 0; // its details run from lineEnd to here
        QString line;             // the entry line, trimmed
    };

    explicit InlineEntries(const QString &passage);

    const QList<Entry> &entries() const { return m_entries; }
    // The entry whose details hold `offset`, or nullptr.
    const Entry *detailsAt(qsizetype offset) const;

    // A bullet line that states a period: "- 2019.07 ~ 현재 …", "• 2021-03 – 2023-02 …", "- 2022년 1월 - 현재 …".
    static bool isEntryLine(QStringView line);
    // A line without a bullet that states a period ("**Bluewave Logistics — Senior Data Engineer, Mar 2019 –
    // Present**"): an entry when bullets follow it, which are its details.
    static bool isEntryTitle(QStringView line);
    // A line that is nothing but a period ("Apr 2021 – Present", "2019.03 ~ 2023.02", "(2022년 1월 - 현재)"): the
    // date line a PDF or plain-text résumé writes under an entry's title line ("Lead Data Engineer, Wavelet
    // Analytics"), which it completes.
    static bool isPeriodLine(QStringView line);
    static bool isBullet(QStringView line);

private:
    QList<Entry> m_entries;
};

} // namespace Protostar
