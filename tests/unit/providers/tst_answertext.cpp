// SPDX-License-Identifier: MIT
// AnswerText::words: what of a question a passage must contain for the documents to answer it.
#include "providers/answertext.h"
#include "providers/retrievalquery.h"

#include <QTest>

using namespace Protostar;

class tst_AnswerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("words");

        // 경력 after what was done says it was done ("팀장 경력이 있는"), as 경험 does; after a figure it is measured.
        QTest::newRow("경력 of a role is no term") << QStringLiteral("팀장 경력이 있는 사람은?") << QStringList{QStringLiteral("팀장")};
        // Round 16: spoken questions glue their question word or who-noun to the word before; set apart, they are not terms.
        QTest::newRow("glued 얼마") << QStringLiteral("강도현 연봉얼마?") << QStringList{QStringLiteral("강도현"), QStringLiteral("연봉")};
        QTest::newRow("glued 뭐") << QStringLiteral("자격증 뭐있어?") << QStringList{QStringLiteral("자격증")};
        QTest::newRow("몇 with its unit") << QStringLiteral("경력 몇년?") << QStringList{QStringLiteral("경력")};
        QTest::newRow("glued who-noun") << QStringLiteral("쿠버네티스 할줄아는사람?") << QStringList{QStringLiteral("kubernetes")};
        QTest::newRow("a word starting with a question word stays") << QStringLiteral("누구나 쓰는 도구") << QStringList{QStringLiteral("도구")};
        // What was done at the last job asks for experience (of the latest entry, FieldFirst): the job is no term.
        QTest::newRow("work at the last job") << QStringLiteral("What was done at the last job?") << QStringList{QStringLiteral("experience")};
        QTest::newRow("직전 회사에서 한 일") << QStringLiteral("직전 회사에서 무슨 일을 했어?") << QStringList{QStringLiteral("experience")};
        QTest::newRow("the last job itself stays") << QStringLiteral("What was her last job?") << QStringList{QStringLiteral("company")};
        QTest::newRow("경력 of a tool is no term") << QStringLiteral("Kafka 경력을 가진 후보자는?") << QStringList{QStringLiteral("kafka")};
        QTest::newRow("경력 after a figure stays") << QStringLiteral("5년 경력이 있는 사람은?")
                                                 << QStringList{QStringLiteral("5"), QStringLiteral("경력")};
        QTest::newRow("경력 alone stays") << QStringLiteral("경력이 있는 사람은?") << QStringList{QStringLiteral("경력")};
        // 일 (work) with nothing else asked is the experience section; 1일 is a day.
        QTest::newRow("어떤 일을 했나요 asks for experience") << QStringLiteral("어떤 일을 했나요?") << QStringList{QStringLiteral("experience")};
        QTest::newRow("did they do asks for experience") << QStringLiteral("What did they do?") << QStringList{QStringLiteral("experience")};
        // The latest company asked alone: the recency word is no term; asked what was done there, it stays.
        QTest::newRow("직전 회사 alone") << QStringLiteral("직전 회사는?") << QStringList{QStringLiteral("회사")};
        QTest::newRow("current company alone") << QStringLiteral("What is her current company?") << QStringList{QStringLiteral("company")};
        QTest::newRow("직전 회사 성과 keeps 직전") << QStringLiteral("직전 회사 성과는?")
                                              << QStringList{QStringLiteral("직전"), QStringLiteral("회사"), QStringLiteral("성과")};
        QTest::newRow("Korean threshold figure and who-word dropped, verb stem kept")
            << QStringLiteral("PostgreSQL을 10k TPS 이상 운영한 사람은?")
            << QStringList{QStringLiteral("postgresql"), QStringLiteral("tps"), QStringLiteral("운영")};
        QTest::newRow("English threshold figure dropped")
            << QStringLiteral("Who has run PostgreSQL at more than 10k TPS?")
            << QStringList{QStringLiteral("postgresql"), QStringLiteral("tps")};
        QTest::newRow("a figure that is not a threshold stays")
            << QStringLiteral("가용성 99.95%를 달성한 후보자는?")
            << QStringList{QStringLiteral("가용성"), QStringLiteral("99"), QStringLiteral("95"), QStringLiteral("달성")};
        QTest::newRow("past modifier of a verb cut to its stem")
            << QStringLiteral("팀을 이끌었던 사람은?") << QStringList{QStringLiteral("팀"), QStringLiteral("이끌")};
        QTest::newRow("where one lives, 사는 with the place") << QStringLiteral("서울에 사는 사람은?") << QStringList{QStringLiteral("서울")};
        QTest::newRow("where one lives, 살고 without a place") << QStringLiteral("김하늘은 어디에 살고 있나요?")
                                                              << QStringList{QStringLiteral("김하늘"), QStringLiteral("거주지")};
        QTest::newRow("past modifier after a noun")
            << QStringLiteral("서울 출신이었던 인물은?") << QStringList{QStringLiteral("서울"), QStringLiteral("출신")};
        QTest::newRow("experience question asks for the skill")
            << QStringLiteral("Qt 경험이 있는 후보자는?") << QStringList{QStringLiteral("qt")};
        // Round 17: the year of one's career asks 경력; a field of study of two words is one term. Round 18: the school one
        // graduated from ("나왔어", "졸업하셨나요", "출신 학교") is one term, 출신학교, met by 졸업 or the education section.
        QTest::newRow("몇년차 asks 경력") << QStringLiteral("김지원 몇년차?") << QStringList{QStringLiteral("김지원"), QStringLiteral("경력")};
        QTest::newRow("연차가 어떻게 돼 asks 경력") << QStringLiteral("연차가 어떻게 돼?") << QStringList{QStringLiteral("경력")};
        QTest::newRow("연차 휴가 is no career") << QStringLiteral("연차 휴가 규정은?")
                                             << QStringList{QStringLiteral("연차"), QStringLiteral("휴가"), QStringLiteral("규정")};
        QTest::newRow("학교 어디 나왔어 asks the school") << QStringLiteral("학교 어디 나왔어?") << QStringList{QStringLiteral("출신학교")};
        QTest::newRow("honorific 어느 학교 졸업하셨나요 asks the school") << QStringLiteral("어느 학교 졸업하셨나요?")
                                                                  << QStringList{QStringLiteral("출신학교")};
        QTest::newRow("KorQuAD's 나온 대학교 stays") << QStringLiteral("헤이그가 나온 대학교는?")
                                                  << QStringList{QStringLiteral("헤이그"), QStringLiteral("나온"), QStringLiteral("대학교")};
        QTest::newRow("뭐라고 stays") << QStringLiteral("이것을 뭐라고 하나요?") << QStringList{QStringLiteral("이것"), QStringLiteral("뭐라고")};
        // Round 18: honorific endings ask what the plain ones ask; the mail's address is the e-mail, not a residence.
        QTest::newRow("honorific 되세요") << QStringLiteral("학력이 어떻게 되세요?") << QStringList{QStringLiteral("학력")};
        QTest::newRow("honorific 원하세요 asks 희망") << QStringLiteral("연봉 얼마 원하세요?")
                                                 << QStringList{QStringLiteral("연봉"), QStringLiteral("희망")};
        QTest::newRow("honorific copula 이세요 after 몇") << QStringLiteral("경력 몇 년이세요?") << QStringList{QStringLiteral("경력")};
        QTest::newRow("메일 주소가 뭐예요 asks the e-mail") << QStringLiteral("메일 주소가 뭐예요?") << QStringList{QStringLiteral("메일")};
        QTest::newRow("email address asks the e-mail") << QStringLiteral("What is the email address?") << QStringList{QStringLiteral("email")};
        // Round 18: a role of two words is one term; asked who, the tool makes the role (개발자 goes); 전공자 studied it.
        QTest::newRow("데이터 엔지니어 is one term") << QStringLiteral("데이터 엔지니어 있어?") << QStringList{QStringLiteral("데이터엔지니어")};
        QTest::newRow("data engineer is one term") << QStringLiteral("Who is a data engineer?") << QStringList{QStringLiteral("데이터엔지니어")};
        QTest::newRow("데이터 분석가 is one term, whole") << QStringLiteral("데이터 분석가 있어?") << QStringList{QStringLiteral("데이터분석가")};
        QTest::newRow("Python 개발자 asked who is Python") << QStringLiteral("Python 개발자 있어?") << QStringList{QStringLiteral("python")};
        QTest::newRow("백엔드 개발자 asked who is 백엔드") << QStringLiteral("백엔드 개발자 누구 있어?") << QStringList{QStringLiteral("백엔드")};
        QTest::newRow("개발자 alone stays") << QStringLiteral("개발자 있어?") << QStringList{QStringLiteral("개발자")};
        QTest::newRow("전공자 asks the education") << QStringLiteral("전산학 전공자는?")
                                                << QStringList{QStringLiteral("전산학"), QStringLiteral("학력")};
        QTest::newRow("computer science is one term") << QStringLiteral("Who studied computer science?")
                                                      << QStringList{QStringLiteral("education"), QStringLiteral("컴퓨터공학")};
        QTest::newRow("data science is one term") << QStringLiteral("Who studied data science?")
                                                  << QStringList{QStringLiteral("education"), QStringLiteral("데이터과학")};
        QTest::newRow("experience asked alone is the experience section")
            << QStringLiteral("Tell me about the work experience.") << QStringList{QStringLiteral("experience")};
        QTest::newRow("경험 asked alone is the experience section")
            << QStringLiteral("경험은?") << QStringList{QStringLiteral("experience")};
        QTest::newRow("experience beside a name is left to the name")
            << QStringLiteral("What is Daniel Cho's experience?") << QStringList{QStringLiteral("daniel"), QStringLiteral("cho")};
        QTest::newRow("e-mail address is the e-mail")
            << QStringLiteral("What is the e-mail address?") << QStringList{QStringLiteral("mail")};
        QTest::newRow("phone number is the phone")
            << QStringLiteral("What is the phone number?") << QStringList{QStringLiteral("phone")};
        QTest::newRow("a one-syllable field keeps its word, particle cut")
            << QStringLiteral("어떤 팀에서 일했나요?") << QStringList{QStringLiteral("팀")};
        QTest::newRow("degree is filed under education")
            << QStringLiteral("What is Daniel Cho's degree?")
            << QStringList{QStringLiteral("daniel"), QStringLiteral("cho"), QStringLiteral("education")};
        QTest::newRow("nouns ending in a verb syllable are kept whole")
            << QStringLiteral("권한 제한 기한은?")
            << QStringList{QStringLiteral("권한"), QStringLiteral("제한"), QStringLiteral("기한")};
        QTest::newRow("a tool spelled in Hangul is the résumé's Latin name")
            << QStringLiteral("파이썬을 쓰는 사람은?") << QStringList{QStringLiteral("python")};
        QTest::newRow("longest Hangul spelling wins")
            << QStringLiteral("자바스크립트와 자바를 다룰 줄 아는 지원자는?")
            << QStringList{QStringLiteral("javascript"), QStringLiteral("java")};
        QTest::newRow("the unit after 몇 is asked for, not written")
            << QStringLiteral("Daniel Cho의 경력은 몇 년인가요?")
            << QStringList{QStringLiteral("daniel"), QStringLiteral("cho"), QStringLiteral("경력")};
        QTest::newRow("major is filed under education") << QStringLiteral("최민호의 전공은?")
                                                        << QStringList{QStringLiteral("최민호"), QStringLiteral("학력")};
        QTest::newRow("requests to compare and superlatives frame the question")
            << QStringLiteral("가장 경력이 긴 후보자와 비교해 주세요") << QStringList{QStringLiteral("경력")};
        QTest::newRow("the unit after 몇 stays when it can match a figure")
            << QStringLiteral("몇 년에 입사했나요?") << QStringList{QStringLiteral("년에"), QStringLiteral("입사")};
        QTest::newRow("who-words and knowing are not content")
            << QStringLiteral("Which candidate knows Kubernetes?") << QStringList{QStringLiteral("kubernetes")};
        QTest::newRow("the count asked for (수는) is not written")
            << QStringLiteral("김민수가 이끈 팀원 수는?")
            << QStringList{QStringLiteral("김민수"), QStringLiteral("이끈"), QStringLiteral("팀원")};
        QTest::newRow("plural marker and working somewhere dropped")
            << QStringLiteral("김지원이 일한 회사들은?") << QStringList{QStringLiteral("김지원"), QStringLiteral("회사")};
        QTest::newRow("an amount is one term, its currency carried by the value")
            << QStringLiteral("Who expects 35 million won?") << QStringList{QStringLiteral("expected"), QStringLiteral("35000000")};
        QTest::newRow("a Korean amount is one term")
            << QStringLiteral("연봉 3,500만원 희망자는?")
            << QStringList{QStringLiteral("연봉"), QStringLiteral("35000000"), QStringLiteral("희망")};
        QTest::newRow("an amount with digit-group commas is one term")
            << QStringLiteral("희망 연봉 95,000,000원은 누구인가요?")
            << QStringList{QStringLiteral("희망"), QStringLiteral("연봉"), QStringLiteral("95000000")};
        QTest::newRow("the currency glued to an amount is no word")
            << QStringLiteral("희망 연봉 4천2백만원인 사람은?")
            << QStringList{QStringLiteral("희망"), QStringLiteral("연봉"), QStringLiteral("42000000")};
        QTest::newRow("an e-mail address is no home address")
            << QStringLiteral("Sarah Lee의 이메일 주소는?")
            << QStringList{QStringLiteral("sarah"), QStringLiteral("lee"), QStringLiteral("이메일")};
        QTest::newRow("where one lives, asked with 살다")
            << QStringLiteral("김민수는 어디에 사나요?") << QStringList{QStringLiteral("김민수"), QStringLiteral("거주지")};
        QTest::newRow("a place the question names is the content, not the field")
            << QStringLiteral("Who lives in Busan?") << QStringList{QStringLiteral("busan")};
    }

    void words()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, words);
        QCOMPARE(AnswerText::words(question), words);
    }

    // A passage counts the words it writes: what a question asks for (a yes/no figure, the e-mail's address, a
    // place named as the value asked) is no reading of a chunk, whose terms weigh every question's support.
    void passageTerms_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<QString>("kept");
        QTest::newRow("a line that reads like a yes/no question keeps its figure")
            << QStringLiteral("연봉 희망 7,800만원인가요?") << QStringLiteral("78000000");
        QTest::newRow("an e-mail beside a home address keeps the address")
            << QStringLiteral("이메일: kim@example.invalid · 주소: 서울") << QStringLiteral("거주지");
    }

    void passageTerms()
    {
        QFETCH(QString, passage);
        QFETCH(QString, kept);
        QVERIFY2(AnswerText::passageTerms(passage).contains(kept), qPrintable(AnswerText::passageTerms(passage).join(u' ')));
        // Read as a question, the same text drops it: the two readings differ exactly there.
        QVERIFY2(!AnswerText::terms(passage).contains(kept), qPrintable(AnswerText::terms(passage).join(u' ')));
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        // A salary question used to quote "연락처: 010-… / …@… 희망 연봉: 6,800만원" whole.
        QTest::newRow("a run of label: value lines, one each")
            << QStringLiteral("연락처: 010-1234-5678 / gildong@example.com\n희망 연봉: 6,800만원\n경력: 9년")
            << QStringList{QStringLiteral("연락처: 010-1234-5678 / gildong@example.com"), QStringLiteral("희망 연봉: 6,800만원"),
                           QStringLiteral("경력: 9년")};
        QTest::newRow("a label over wrapped prose")
            << QStringLiteral("주: 단위는 억원이며 2024년 기준으로 작성된 자료로서 일부\n수치는 추정치임")
            << QStringList{QStringLiteral("주: 단위는 억원이며 2024년 기준으로 작성된 자료로서 일부\n수치는 추정치임")};
        QTest::newRow("wrapped English prose")
            << QStringLiteral("Led the rebuild of the candidate dashboard in React and\nTypeScript for a team of 5 engineers.")
            << QStringList{QStringLiteral("Led the rebuild of the candidate dashboard in React and\nTypeScript for a team of 5 engineers.")};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList got;
        for (const AnswerText::Span &s : AnswerText::sentences(text))
            got << text.mid(s.start, s.length);
        QCOMPARE(got, sentences);
    }

    void asksWho_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("who");
        QTest::newRow("ko 사람은") << QStringLiteral("PostgreSQL을 10k TPS 이상 운영한 사람은?") << true;
        QTest::newRow("ko 후보자는") << QStringLiteral("Qt 경험이 있는 후보자는?") << true;
        QTest::newRow("ko 누구") << QStringLiteral("Kafka를 쓴 건 누구인가요?") << true;
        QTest::newRow("en who") << QStringLiteral("Who has Kafka streaming experience?") << true;
        QTest::newRow("en which candidate") << QStringLiteral("Which candidate knows Kubernetes?") << true;
        QTest::newRow("ko about a named person") << QStringLiteral("김지원의 희망 연봉은?") << false;
        QTest::newRow("ko 사람 inside a word") << QStringLiteral("사람인 공고의 조건은?") << false;
        QTest::newRow("ko 있나요") << QStringLiteral("Rust를 써 본 지원자가 있나요?") << true;
        QTest::newRow("ko 사람 as a subject mid-question") << QStringLiteral("환수금을 내야 할 사람이 기한까지 내지 않으면?") << false;
        QTest::newRow("en about a named person") << QStringLiteral("What is Daniel Cho's degree?") << false;
        QTest::newRow("en whole words only") << QStringLiteral("What does the whole report say?") << false;
        QTest::newRow("ko 희망자, who wants it") << QStringLiteral("연봉 3,500만원 희망자는?") << true;
        // Round 18: whether anyone has a role is who has it; the polite person after a modifier (써보신 분), not minutes.
        QTest::newRow("ko role 있어") << QStringLiteral("데이터 엔지니어 있어?") << true;
        QTest::newRow("ko role 있나요") << QStringLiteral("Python 개발자 있나요?") << true;
        QTest::newRow("en is there a role") << QStringLiteral("Is there a frontend developer?") << true;
        QTest::newRow("en do we have a role") << QStringLiteral("Do we have a data scientist?") << true;
        QTest::newRow("ko polite 분") << QStringLiteral("Kafka 써보신 분 있나요?") << true;
        QTest::newRow("ko 분 of minutes") << QStringLiteral("배포에 걸리는 시간은 몇 분?") << false;
        QTest::newRow("ko 분 of an article, no having") << QStringLiteral("대법관직에서 퇴임한 분은?") << false;
        QTest::newRow("ko named role, no 있어") << QStringLiteral("김지원은 백엔드 개발자인가요?") << false;
    }

    void asksWho()
    {
        QFETCH(QString, question);
        QFETCH(bool, who);
        QCOMPARE(AnswerText::asksWho(question), who);
    }

    // The refusal and the model's answer language follow the question's words, not a Korean name in it.
    void language_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("language");

        QTest::newRow("Korean") << QStringLiteral("김지원의 희망 연봉은?") << QStringLiteral("ko");
        QTest::newRow("English") << QStringLiteral("What is Jane Park's expected salary?") << QStringLiteral("en");
        QTest::newRow("English with a Korean name") << QStringLiteral("What is 김지원's expected salary?") << QStringLiteral("en");
        QTest::newRow("Korean with an English name") << QStringLiteral("Jane Park의 희망 연봉은?") << QStringLiteral("ko");
        QTest::newRow("tie is Korean") << QStringLiteral("PostgreSQL 경험자는?") << QStringLiteral("ko");
        QTest::newRow("decomposed Hangul") << QStringLiteral("김지원의 연봉은?").normalized(QString::NormalizationForm_D)
                                           << QStringLiteral("ko");
        QTest::newRow("figures only") << QStringLiteral("3,500만원?") << QStringLiteral("ko");
        QTest::newRow("no letters") << QStringLiteral("?!") << QStringLiteral("en");
    }

    void language()
    {
        QFETCH(QString, question);
        QFETCH(QString, language);
        QCOMPARE(AnswerText::language(question), language);
    }

    // RetrievalQuery: what retrieval searches for a question (its words are AnswerText's).
    void retrievalQuery_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("query");
        // A passage that writes "candidate" ("the candidate dashboard") must not outrank the one that answers.
        QTest::newRow("English who-words dropped")
            << QStringLiteral("Which candidate knows Kubernetes?") << QStringLiteral("Which   Kubernetes?");
        QTest::newRow("case-insensitive, words only")
            << QStringLiteral("Candidates who know Rust; candidateship") << QStringLiteral("   Rust; candidateship");
        QTest::newRow("Hangul spelling replaced, particle kept")
            << QStringLiteral("쿠버네티스를 운영한 사람은?") << QStringLiteral(" kubernetes 를 운영한 사람은?");
        QTest::newRow("nothing else left: the question as asked")
            << QStringLiteral("Which candidate?") << QStringLiteral("Which candidate?");
        QTest::newRow("Korean question: only 후보자 dropped") << QStringLiteral("가용성 99.95%를 달성한 후보자는?")
                                                   << QStringLiteral("가용성 99.95%를 달성한 ?");
        QTest::newRow("résumé field searched in both languages")
            << QStringLiteral("Jane Park의 희망 연봉은?") << QStringLiteral("Jane Park의 희망 연봉은? expected desired salary compensation");
        QTest::newRow("English field, Korean résumé") << QStringLiteral("What is her expected salary?")
                                                      << QStringLiteral("What is her expected salary? 희망 desired 연봉 compensation");
        QTest::newRow("possessive dropped, field searched in both languages")
            << QStringLiteral("Jane Park's email?") << QStringLiteral("Jane Park email? 이메일 메일 e-mail mail");
        QTest::newRow("an English amount searched by its value")
            << QStringLiteral("Who expects 35 million won?") << QStringLiteral(" expects 35000000 won? 희망 desired");
        QTest::newRow("companies searched in the experience section")
            << QStringLiteral("Which companies has Daniel Cho worked at?")
            << QStringLiteral("Which companies has Daniel Cho worked at? 회사 company employer employers experience 경력사항");
        // A team is a field of each job entry, which writes it inside a compound (결제플랫폼팀).
        QTest::newRow("a team asked alone searched in the experience section")
            << QStringLiteral("어떤 팀에서 일했나요?") << QStringLiteral("어떤 팀에서 일했나요? team teams experience 경력사항");
        QTest::newRow("a team among other words is not a job")
            << QStringLiteral("강정호가 입단한 프로 팀은?") << QStringLiteral("강정호가 입단한 프로 팀은? team teams");
        // Asked who, the verb of use and 경험 are no subject: the one passage writing 사용자 or 경험 must not outrank the tool.
        QTest::newRow("who: a verb of use dropped") << QStringLiteral("Kafka를 사용한 사람은?") << QStringLiteral("Kafka를  ?");
        QTest::newRow("who: 경험 dropped") << QStringLiteral("Kafka 경험이 있는 사람은?") << QStringLiteral("Kafka   ?");
        QTest::newRow("who: English use and experience with dropped")
            << QStringLiteral("Who has used Kafka or experience with Spark?") << QStringLiteral(" has  Kafka or  with Spark?");
        QTest::newRow("who: years of experience kept") << QStringLiteral("Who has 5 years of experience with Kafka?")
                                                       << QStringLiteral(" has 5 years of experience with Kafka? 경력 career careers");
        QTest::newRow("not asked who: 경험 kept") << QStringLiteral("김지원의 Kafka 사용 경험은?")
                                                  << QStringLiteral("김지원의 Kafka 사용 경험은?");
        QTest::newRow("the career asked alone is the experience section")
            << QStringLiteral("의 경력을 비교해 주세요") << QStringLiteral("의 경력을 비교해 주세요 career careers years experience 경력사항");
    }

    void retrievalQuery()
    {
        QFETCH(QString, question);
        QFETCH(QString, query);
        QCOMPARE(RetrievalQuery::of(question), query);
    }

    void sectionWords_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QStringList>("section");
        QTest::newRow("English") << QStringLiteral("What is her degree?") << QStringList{QStringLiteral("education")};
        QTest::newRow("Korean") << QStringLiteral("최민호의 학위는?") << QStringList{QStringLiteral("학력")};
        QTest::newRow("none") << QStringLiteral("박서준의 팀 규모는?") << QStringList{};
    }

    void sectionWords()
    {
        QFETCH(QString, question);
        QFETCH(QStringList, section);
        QCOMPARE(RetrievalQuery::sectionWords(question), section);
    }
};

QTEST_APPLESS_MAIN(tst_AnswerText)
#include "tst_answertext.moc"
