// SPDX-License-Identifier: MIT
#include "scriptedconversations.h"

#include <QHash>

namespace Protostar::Bench {

QList<Conversation> korquadConversations(const EvalDataset &set, int articles, int length)
{
    // Per article, questions that name it; the first turn asks as written, later turns replace the
    // name with "해당 주제" ("the topic in question"), so only memory can say what they are about.
    QHash<QString, QList<const EvalQuestion *>> byTitle;
    QStringList order;
    for (const EvalQuestion &q : set.questions) {
        const int gold = set.passageIndex(q.goldIds.value(0));
        if (gold < 0)
            continue;
        const QString title = set.passages.at(gold).source;
        if (!q.query.contains(title))
            continue;
        if (!byTitle.contains(title))
            order << title;
        byTitle[title] << &q;
    }
    QList<Conversation> out;
    for (const QString &title : std::as_const(order)) {
        const auto &qs = byTitle.value(title);
        if (qs.size() < length)
            continue;
        // Spread the turns over the article's paragraphs: one question per paragraph, round robin.
        QHash<QString, QList<const EvalQuestion *>> byGold;
        QStringList golds;
        for (const EvalQuestion *q : qs) {
            if (!byGold.contains(q->goldIds.first()))
                golds << q->goldIds.first();
            byGold[q->goldIds.first()] << q;
        }
        QList<const EvalQuestion *> picked;
        for (int round = 0; picked.size() < length; ++round)
            for (const QString &g : std::as_const(golds))
                if (round < byGold.value(g).size() && picked.size() < length)
                    picked << byGold.value(g).at(round);
        Conversation c{QStringLiteral("korquad:") + title, QStringLiteral("ko"), {}};
        for (const EvalQuestion *q : std::as_const(picked)) {
            QStringList gold;
            for (const QString &g : q->goldIds)
                gold << QString::number(set.passageIndex(g) + 1);
            QString text = q->query;
            if (!c.turns.isEmpty())
                text.replace(title, QStringLiteral("해당 주제"));
            c.turns << ScriptedTurn{text, gold};
        }
        out << c;
        if (out.size() >= articles)
            break;
    }
    return out;
}

QList<Conversation> demoConversations()
{
    auto t = [](const char *q, std::initializer_list<const char *> gold) {
        ScriptedTurn s{QString::fromUtf8(q), {}};
        for (const char *g : gold)
            s.gold << QString::fromUtf8(g);
        return s;
    };
    return {
        {QStringLiteral("demo:김지원"), QStringLiteral("ko"),
         {t("김지원의 직전 회사 성과는?", {"1만 2천", "1,200만 건", "14건에서 3건"}),
          t("그 회사에서 팀 규모는?", {"팀 규모 8명(백엔드 6명"}),
          t("거기서 정산 마감 시간은 얼마나 단축했나요?", {"6시간에서 40분"}),
          t("그녀의 p99 응답시간은 얼마나 줄었나요?", {"480ms에서 95ms"}),
          t("이전 회사에서는 주문 처리량이 얼마였나요?", {"초당 2,300건"}),
          t("희망 연봉은?", {"7,800만원"})}},
        {QStringLiteral("demo:박서준"), QStringLiteral("ko"),
         {t("박서준의 서비스 가용성 성과는?", {"99.95%"}),
          t("그 회사에서 평균 복구 시간은 얼마나 줄였나요?", {"52분에서 18분"}),
          t("팀 규모는?", {"팀 규모 8명 중"}),
          t("이전 회사에서는 배포 시간을 얼마나 단축했나요?", {"2시간에서 15분"}),
          t("거기서 동시 접속자는 몇 명이었나요?", {"35만 명"})}},
        {QStringLiteral("demo:Jane Park"), QStringLiteral("en"),
         {t("What did Jane Park achieve at Brightlane?", {"3.8 s to 1.2 s"}),
          t("How big was her team there?", {"team of 5 engineers"}),
          t("What about the design system she introduced?", {"60 components"}),
          t("And at her previous job?", {"1,500 partner sites"}),
          t("What is her expected salary?", {"6,000만원"})}},
    };
}

} // namespace Protostar::Bench
