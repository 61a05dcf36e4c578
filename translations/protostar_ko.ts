<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="24"/>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="42"/>
        <source>Only this candidate&apos;s documents (repeat for several).</source>
        <translation>이 후보자의 문서만 사용합니다(여러 명이면 반복해서 지정).</translation>
    </message>
    <message>
        <source>Record the turn in this session (started if new) and use its memory for follow-ups.</source>
        <translation type="vanished">이 대화에 질문과 답을 기록하고(없으면 새로 시작) 그 기억으로 후속 질문을 이해합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="45"/>
        <source>Record the turn in this session (started if new) and use its memory for follow-ups; on a read-only database the memory is used and the turn is not recorded.</source>
        <translation>이 세션에 대화를 기록하고(없으면 새로 시작) 후속 질문에 그 기억을 씁니다. 읽기 전용 데이터베이스에서는 기억만 쓰고 대화는 기록하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="47"/>
        <source>Passages retrieved as evidence (default 5).</source>
        <translation>근거로 검색할 구절 수(기본값 5).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="49"/>
        <source>Print one JSON object instead of streaming.</source>
        <translation>스트리밍하는 대신 JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="52"/>
        <source>The question, in Korean or English.</source>
        <translation>질문(한국어 또는 영어).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="54"/>
        <source>Ask a question; the answer comes only from the documents, with numbered sources.</source>
        <translation>질문합니다. 답변은 문서에서만 나오며 번호가 매겨진 출처가 함께 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="59"/>
        <source>ask needs a question, e.g. protostar-cli ask &quot;%1&quot;</source>
        <translation>ask에는 질문이 필요합니다. 예: protostar-cli ask &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="63"/>
        <source>--k needs a number from 1 to 50</source>
        <translation>--k에는 1에서 50 사이의 숫자가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="88"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="34"/>
        <source>no candidate named &quot;%1&quot;; `protostar-cli candidates` lists them</source>
        <translation>&quot;%1&quot;(이)라는 후보자가 없습니다. `protostar-cli candidates`로 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="94"/>
        <source>--session needs a session id (a positive number)</source>
        <translation>--session에는 세션 ID(양의 정수)가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="100"/>
        <source>the database %1 is read-only (%2): the question is answered with session %3&apos;s memory, but the turn is not recorded.</source>
        <translation>데이터베이스 %1은(는) 읽기 전용입니다(%2). 질문은 세션 %3의 기억으로 답하지만 이번 대화는 기록하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="125"/>
        <source>the database %1 holds no documents yet; import some with protostar-cli --db FILE import PATH</source>
        <translation>데이터베이스 %1에 아직 문서가 없습니다. protostar-cli --db FILE import PATH 로 문서를 가져오세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_ask.cpp" line="126"/>
        <source>the database %1 holds %n document(s), but no text was found in them to search (a scanned PDF without a text layer gives none); `protostar-cli documents` lists them with their chunk counts</source>
        <translation>
            <numerusform>데이터베이스 %1에 문서가 %n개 있지만 검색할 텍스트를 찾지 못했습니다(텍스트 층이 없는 스캔 PDF에는 텍스트가 없습니다). `protostar-cli documents`로 문서와 청크 수를 볼 수 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="188"/>
        <source>the turn was recorded, but its summary was not: %1</source>
        <translation>대화는 기록되었지만 요약은 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="202"/>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="207"/>
        <source>Removed (a figure was not found verbatim in the cited source):</source>
        <translation>삭제됨(인용한 출처에서 수치를 그대로 찾을 수 없음):</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="212"/>
        <source>Related passages (not an answer):</source>
        <translation>관련 구절(답변 아님):</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="16"/>
        <source>Print JSON instead of a table.</source>
        <translation>표 대신 JSON을 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="60"/>
        <source>List candidates with their document and chunk counts.</source>
        <translation>후보자 목록을 문서 수와 청크 수와 함께 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="63"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="101"/>
        <location filename="../app/cli/cmd_eval.cpp" line="143"/>
        <source>%1 takes no arguments, only options; see `protostar-cli %1 --help`</source>
        <translation>%1 명령은 인자를 받지 않고 옵션만 받습니다. `protostar-cli %1 --help`를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="83"/>
        <source>%1 documents</source>
        <translation>문서 %1개</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="83"/>
        <location filename="../app/cli/cmd_catalog.cpp" line="123"/>
        <source>%1 chunks</source>
        <translation>청크 %1개</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="86"/>
        <source>No candidates yet: `protostar-cli import PATH` adds some.</source>
        <translation>아직 후보자가 없습니다. `protostar-cli import PATH`로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="95"/>
        <source>Only this candidate&apos;s documents.</source>
        <translation>이 후보자의 문서만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="97"/>
        <source>List documents.</source>
        <translation>문서 목록을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="132"/>
        <source>Document id (see `documents`) or file name.</source>
        <translation>문서 ID(`documents` 참고) 또는 파일 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="133"/>
        <source>Show a document&apos;s paragraph chunks with their heading paths.</source>
        <translation>문서의 문단 청크를 제목 경로와 함께 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="136"/>
        <source>chunks takes one DOCUMENT (an id or a file name)</source>
        <translation>chunks에는 DOCUMENT(ID 또는 파일 이름)를 하나만 지정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="152"/>
        <source>no document &quot;%1&quot;; `protostar-cli documents` lists them</source>
        <translation>&quot;%1&quot; 문서가 없습니다. `protostar-cli documents`로 목록을 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="172"/>
        <source>p.%1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="181"/>
        <source>The candidate to delete.</source>
        <translation>삭제할 후보자.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="182"/>
        <source>Delete a candidate with all their documents and chunks.</source>
        <translation>후보자를 모든 문서와 청크와 함께 삭제합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="185"/>
        <source>delete-candidate takes one NAME</source>
        <translation>delete-candidate에는 NAME을 하나만 지정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_catalog.cpp" line="194"/>
        <source>Deleted %1 (%2 documents).</source>
        <translation>%1 삭제됨(문서 %2개).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="69"/>
        <source>--unanswerable needs --dataset ko-rag-eval (its gold pages name their source PDF)</source>
        <translation>--unanswerable에는 --dataset ko-rag-eval이 필요합니다(정답 페이지에 출처 PDF가 표시되어 있기 때문)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="84"/>
        <source>answered with gold cited %1 (%2/%3), refused unanswerable %4 (%5/%6), figure recall %7</source>
        <translation>정답 출처를 인용한 답변 %1 (%2/%3), 답할 수 없는 질문 거절 %4 (%5/%6), 수치 재현율 %7</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="104"/>
        <source>Evaluation set: %1.</source>
        <translation>평가 세트: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="104"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="106"/>
        <source>Shared data folder (default: %1).</source>
        <translation>공유 데이터 폴더(기본값: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="109"/>
        <source>Cut-offs for recall (default 1,3,5,10).</source>
        <translation>재현율을 잴 순위 기준(기본값 1,3,5,10).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="111"/>
        <source>Print one JSON object.</source>
        <translation>JSON 객체 하나를 출력합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="113"/>
        <source>Run the refusal set (questions whose source was removed).</source>
        <translation>거절 세트(출처를 뺀 질문)를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="115"/>
        <source>How ko-rag-eval pages are indexed: paragraph (cut by the paragraph chunker, each chunk&apos;s score fused with its page&apos;s as the app ranks, pages ranked by their best chunk; default), or page (one chunk per page). fused is the old name of paragraph.</source>
        <translation>ko-rag-eval 페이지를 색인하는 방식: paragraph(문단 청크 분할기로 나누고, 앱의 순위 방식대로 각 청크의 점수를 그 페이지의 점수와 결합하며, 페이지는 가장 좋은 청크로 순위를 매김. 기본값) 또는 page(페이지당 청크 하나). fused는 paragraph의 옛 이름입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="122"/>
        <source>With --chunks paragraph: rrf (reciprocal rank) or score (sum of scores normalised by each ranking&apos;s best; default).</source>
        <translation>--chunks paragraph일 때: rrf(역순위) 또는 score(각 순위의 최고 점수로 정규화한 점수의 합. 기본값).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="128"/>
        <source>With --fusion rrf: the constant k in 1/(k + rank) (default %1).</source>
        <translation>--fusion rrf일 때: 1/(k + rank)의 상수 k(기본값 %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="132"/>
        <source>With --chunks paragraph: weight of the whole-page ranking against the paragraph ranking&apos;s 1; 0 ranks paragraphs alone (default %1).</source>
        <translation>--chunks paragraph일 때: 문단 순위의 가중치 1에 대한 페이지 전체 순위의 가중치. 0이면 문단만으로 순위를 매깁니다(기본값 %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="138"/>
        <source>Measure retrieval (recall@k, MRR@10) on an evaluation set.</source>
        <translation>평가 세트로 검색 성능(recall@k, MRR@10)을 측정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="145"/>
        <source>eval needs --dataset %1</source>
        <translation>eval에는 --dataset %1이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="149"/>
        <source>unknown evaluation set &quot;%1&quot;; use one of: %2</source>
        <translation>알 수 없는 평가 세트 &quot;%1&quot;입니다. 다음 중 하나를 쓰세요: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="153"/>
        <source>--k takes positive numbers separated by commas, e.g. --k 1,3,5,10</source>
        <translation>--k에는 쉼표로 구분한 양의 정수를 지정합니다. 예: --k 1,3,5,10</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="159"/>
        <source>--chunks takes paragraph, page or fused</source>
        <translation>--chunks에는 paragraph, page 또는 fused를 지정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="166"/>
        <source>--fusion takes rrf or score</source>
        <translation>--fusion에는 rrf 또는 score를 지정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="171"/>
        <source>--fusion-k takes a number of 0 or more, e.g. --fusion-k 60</source>
        <translation>--fusion-k에는 0 이상의 숫자를 지정합니다. 예: --fusion-k 60</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="173"/>
        <source>--page-weight takes a number of 0 or more, e.g. --page-weight 1</source>
        <translation>--page-weight에는 0 이상의 숫자를 지정합니다. 예: --page-weight 1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="222"/>
        <source>%1 passages, %2 questions, %3 chunks (%4)</source>
        <translation>구절 %1개, 질문 %2개, 청크 %3개 (%4)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_eval.cpp" line="231"/>
        <source>index %1 ms, search %2 ms</source>
        <translation>색인 %1ms, 검색 %2ms</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="15"/>
        <source>Store every file as a document of NAME (default: the name in each document&apos;s title line, else the file&apos;s base name).</source>
        <translation>모든 파일을 NAME의 문서로 저장합니다(기본값: 각 문서 제목 줄의 이름, 없으면 파일의 기본 이름).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="18"/>
        <source>Refuse files larger than MB megabytes (default 50).</source>
        <translation>MB 메가바이트보다 큰 파일은 거부합니다(기본값 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="22"/>
        <source>Files (txt, md, pdf, docx, hwpx) or folders, imported recursively.</source>
        <translation>파일(txt, md, pdf, docx, hwpx) 또는 폴더. 폴더는 하위 폴더까지 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="25"/>
        <source>Import files and folders as candidates&apos; documents. Unchanged files are skipped; changed ones replace their old version. Exit status 0 only if no file failed.</source>
        <translation>파일과 폴더를 후보자의 문서로 가져옵니다. 바뀌지 않은 파일은 건너뛰고, 바뀐 파일은 이전 버전을 대체합니다. 실패한 파일이 없을 때만 종료 상태가 0입니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="30"/>
        <source>import needs at least one file or folder; see `protostar-cli import --help`</source>
        <translation>import에는 파일이나 폴더가 하나 이상 필요합니다. `protostar-cli import --help`를 참고하세요</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="34"/>
        <source>--max-size takes a positive number of megabytes, not &quot;%1&quot;</source>
        <translation>--max-size에는 &quot;%1&quot;이(가) 아닌 양수의 메가바이트 값을 지정합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="54"/>
        <source>No importable files found (supported: txt, md, markdown, pdf, docx, hwpx).</source>
        <translation>가져올 수 있는 파일이 없습니다(지원 형식: txt, md, markdown, pdf, docx, hwpx).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="55"/>
        <source>Imported %1, unchanged %2, failed %3.</source>
        <translation>가져옴 %1, 변경 없음 %2, 실패 %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="58"/>
        <source>failed: %1: %2</source>
        <translation>실패: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="31"/>
        <source>Import files and folders (recursively) as a candidate&apos;s documents</source>
        <translation>파일과 폴더(하위 폴더 포함)를 후보자의 문서로 가져오기</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="32"/>
        <source>List candidates</source>
        <translation>후보자 목록 보기</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="33"/>
        <source>List documents, optionally of one candidate</source>
        <translation>문서 목록 보기(특정 후보자만 볼 수도 있음)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="34"/>
        <source>Show the paragraph chunks of a document</source>
        <translation>문서의 문단 청크 보기</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="35"/>
        <source>Delete a candidate and every trace of them</source>
        <translation>후보자와 그 모든 흔적 삭제</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <source>Ask a question; the answer comes only from the documents</source>
        <translation>질문하기(답변은 문서에서만 나옴)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <source>Measure retrieval on an evaluation set</source>
        <translation>평가 세트로 검색 성능 측정</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="42"/>
        <source>Usage: protostar-cli [--db FILE] COMMAND [OPTIONS] [ARGS]</source>
        <translation>사용법: protostar-cli [--db FILE] COMMAND [OPTIONS] [ARGS]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="43"/>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="44"/>
        <source>SQLite database (default: $PROTOSTAR_DB, else the user&apos;s data folder)</source>
        <translation>SQLite 데이터베이스(기본값: $PROTOSTAR_DB, 없으면 사용자 데이터 폴더)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="45"/>
        <source>Open the database without changing it (a file you may not write opens so anyway)</source>
        <translation>데이터베이스를 바꾸지 않고 엽니다(쓰기 권한이 없는 파일은 어차피 이렇게 열립니다)</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="46"/>
        <source>Show this help; COMMAND --help shows a command&apos;s help</source>
        <translation>이 도움말을 표시합니다. COMMAND --help는 명령의 도움말을 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="47"/>
        <source>Show the version</source>
        <translation>버전을 표시합니다</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="48"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="97"/>
        <location filename="../app/cli/main.cpp" line="78"/>
        <source>it was opened with --read-only</source>
        <translation>--read-only로 열었습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_ask.cpp" line="98"/>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>you may not write the file or its folder</source>
        <translation>파일이나 그 폴더에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="80"/>
        <source>the database %1 is read-only (%2), so this command cannot change it. Asking, listing and searching work as it is; to change it, ask for write permission on the file and its folder, or copy it to a folder you can write to and use --db COPY.</source>
        <translation>데이터베이스 %1은(는) 읽기 전용이므로(%2) 이 명령으로 바꿀 수 없습니다. 질문, 목록 보기, 검색은 그대로 됩니다. 바꾸려면 파일과 폴더의 쓰기 권한을 요청하거나, 쓸 수 있는 폴더에 복사한 뒤 --db 사본 으로 여세요.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="108"/>
        <source>Show this help.</source>
        <translation>이 도움말을 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="199"/>
        <source>%1 is not an option of %2. If it is text (a question, name or file that starts with &apos;-&apos;), put -- before it: %3</source>
        <translation>%1은(는) %2의 옵션이 아닙니다. &apos;-&apos;로 시작하는 텍스트(질문, 이름, 파일)라면 앞에 --를 붙이세요: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="214"/>
        <source>Exit status:
  0  done; for ask also a refusal, when the documents do not hold the answer (with --json,
     &quot;found&quot; is false)
  1  an error: a wrong value, an unknown candidate, a database or file that cannot be read
  2  a command line that cannot be parsed: an unknown command or option, an option without
     its value</source>
        <translation>종료 상태:
  0  완료. ask에서는 문서에 답이 없어 답변을 거절한 경우도 포함 (--json에서
     &quot;found&quot;가 false)
  1  오류: 잘못된 값, 알 수 없는 지원자, 읽을 수 없는 데이터베이스나 파일
  2  명령줄을 해석할 수 없음: 알 수 없는 명령이나 옵션, 값이 없는 옵션</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="273"/>
        <source>--db needs a FILE, e.g. --db ~/protostar.db</source>
        <translation>--db 에는 파일이 필요합니다. 예: --db ~/protostar.db</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="281"/>
        <source>--db took &quot;%1&quot; as the database FILE, but %1 is a command: the file name is missing. Write it after --db: protostar-cli --db FILE %2</source>
        <translation>--db가 &quot;%1&quot;을(를) 데이터베이스 파일로 받았지만 %1은(는) 명령입니다. 파일 이름이 빠졌습니다. --db 뒤에 쓰세요: protostar-cli --db FILE %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="289"/>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="303"/>
        <source>unknown command %1</source>
        <translation>알 수 없는 명령 %1</translation>
    </message>
</context>
<context>
    <name>Protostar</name>
    <message>
        <location filename="../backend/engine/chatservice.cpp" line="74"/>
        <location filename="../backend/engine/chatservice.cpp" line="114"/>
        <location filename="../backend/engine/questionanswerer.cpp" line="301"/>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="199"/>
        <location filename="../backend/providers/extractiveanswerprovider.cpp" line="132"/>
        <location filename="../backend/providers/extractiveanswerprovider.cpp" line="162"/>
        <source>The answer was cancelled.</source>
        <translation>답변이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/democorpus.cpp" line="75"/>
        <source>The demo documents are missing. Reinstall Protostar, or set PROTOSTAR_DEMO_DIR to a folder of documents.</source>
        <translation>데모 문서가 없습니다. Protostar를 다시 설치하거나 PROTOSTAR_DEMO_DIR을 문서 폴더로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/democorpus.cpp" line="91"/>
        <source>The demo folder %1 holds no documents Protostar can read. Reinstall Protostar.</source>
        <translation>데모 폴더 %1에 Protostar가 읽을 수 있는 문서가 없습니다. Protostar를 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="30"/>
        <source>%1 cannot be read: %2. Check that the file exists and you may read it.</source>
        <translation>%1을(를) 읽을 수 없습니다: %2. 파일이 있는지, 읽기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="34"/>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1을(를) 끝까지 읽지 못했습니다: %2.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="82"/>
        <source>%1 does not exist; check the path.</source>
        <translation>%1이(가) 없습니다. 경로를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="84"/>
        <source>%1 is a folder; import it as a folder, not a file.</source>
        <translation>%1은(는) 폴더입니다. 파일이 아닌 폴더로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="87"/>
        <source>%1: this file type cannot be imported; use one of: %2.</source>
        <translation>%1: 가져올 수 없는 파일 형식입니다. 다음 중 하나를 사용하세요: %2.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="92"/>
        <source>%1 is %2 MB, over the %3 MB limit; raise the limit or split the file.</source>
        <translation>%1의 크기는 %2MB로 제한(%3MB)을 넘습니다. 제한을 늘리거나 파일을 나누세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="139"/>
        <source>%1 holds no text to import.</source>
        <translation>%1에 가져올 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="235"/>
        <source>imported (1 chunk)</source>
        <translation>가져옴 (단락 1개)</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="235"/>
        <source>imported (%1 chunks)</source>
        <translation>가져옴 (단락 %1개)</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="237"/>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="239"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../backend/engine/documentimporter.cpp" line="241"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="25"/>
        <source>Cannot read the evaluation file %1; pass --data with the folder holding ko-rag-eval/ and korquad/.</source>
        <translation>평가 파일 %1을(를) 읽을 수 없습니다. ko-rag-eval/과 korquad/가 있는 폴더를 --data로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="46"/>
        <source>%1 line %2 is not a JSON object; the file may be damaged.</source>
        <translation>%1의 %2번째 줄이 JSON 객체가 아닙니다. 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="149"/>
        <source>Unknown evaluation set &quot;%1&quot;; use one of: %2.</source>
        <translation>알 수 없는 평가 세트 &quot;%1&quot;입니다. 다음 중 하나를 사용하세요: %2.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="187"/>
        <source>Question %1 in ko-rag-eval names a gold page that is not in the corpus.</source>
        <translation>ko-rag-eval의 질문 %1이(가) 가리키는 정답 페이지가 코퍼스에 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="191"/>
        <source>The ko-rag-eval files in %1 hold no passages or questions.</source>
        <translation>%1의 ko-rag-eval 파일에 단락이나 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="205"/>
        <source>%1 is not KorQuAD JSON; the file may be damaged.</source>
        <translation>%1은(는) KorQuAD JSON이 아닙니다. 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/evaldatasets.cpp" line="241"/>
        <source>%1 holds no KorQuAD paragraphs or questions.</source>
        <translation>%1에 KorQuAD 단락이나 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/engine/folderscanner.cpp" line="48"/>
        <source>The linked folder %1 is missing. Its documents are kept; reconnect the drive or unlink the folder.</source>
        <translation>연결된 폴더 %1이(가) 없습니다. 문서는 그대로 보관됩니다. 드라이브를 다시 연결하거나 폴더 연결을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/questionanswerer.cpp" line="66"/>
        <source>Type a question first.</source>
        <translation>먼저 질문을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../backend/engine/sessionmemory.cpp" line="65"/>
        <location filename="../backend/engine/sessionmemory.cpp" line="189"/>
        <source>The conversation turn to summarise no longer exists.</source>
        <translation>요약할 대화 차례가 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentbuilder.cpp" line="73"/>
        <location filename="../backend/ingest/plaintextreader.cpp" line="49"/>
        <source>%1 contains no text to import.</source>
        <translation>%1에 가져올 텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="56"/>
        <source>%1 does not exist or cannot be reached.</source>
        <translation>%1이(가) 없거나 접근할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="59"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="63"/>
        <source>%1 is not a supported type; import .txt, .md, .pdf, .docx or .hwpx files.</source>
        <translation>%1은(는) 지원하지 않는 형식입니다. .txt, .md, .pdf, .docx, .hwpx 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="67"/>
        <source>%1 is %2 MB, over the %3 MB limit; split it or raise the limit.</source>
        <translation>%1의 크기는 %2MB로 제한(%3MB)을 넘습니다. 파일을 나누거나 제한을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="74"/>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1을(를) 읽을 수 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/documentreader.cpp" line="81"/>
        <location filename="../backend/ingest/pdfreader.cpp" line="104"/>
        <location filename="../backend/ingest/zippackage.cpp" line="41"/>
        <source>%1 is password-protected; save an unprotected copy and import that.</source>
        <translation>%1은(는) 암호로 보호되어 있습니다. 보호를 해제한 사본을 저장해 가져오세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="114"/>
        <source>%1 is not a Word document (it has no word/document.xml); open and save it again as .docx.</source>
        <translation>%1은(는) Word 문서가 아닙니다(word/document.xml 없음). 열어서 .docx로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="174"/>
        <source>%1 is damaged: its word/document.xml nests more than %2 levels deep; open and save it again in Word.</source>
        <translation>%1 파일이 손상되었습니다: word/document.xml이 %2단계보다 깊게 중첩되어 있습니다. Word에서 열어 다시 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/docxreader.cpp" line="180"/>
        <source>%1 has a damaged word/document.xml; open and save it again in Word.</source>
        <translation>%1의 word/document.xml이 손상되었습니다. Word에서 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="104"/>
        <source>%1 is not a Hangul (HWPX) document (it has no Contents/section0.xml); open and save it again as .hwpx.</source>
        <translation>%1은(는) 한글(HWPX) 문서가 아닙니다(Contents/section0.xml 없음). 열어서 .hwpx로 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="154"/>
        <source>%1 is damaged: its %2 nests more than %3 levels deep; open and save it again in Hangul.</source>
        <translation>%1 파일이 손상되었습니다: %2이(가) %3단계보다 깊게 중첩되어 있습니다. 한글에서 열어 다시 저장해 주세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/hwpxreader.cpp" line="160"/>
        <source>%1 has a damaged %2; open and save it again in Hangul.</source>
        <translation>%1의 %2이(가) 손상되었습니다. 한글에서 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="83"/>
        <source>%1 is not a readable PDF (it may be damaged or truncated); download or export it again.</source>
        <translation>%1은(는) 읽을 수 있는 PDF가 아닙니다(손상되었거나 잘렸을 수 있음). 다시 내려받거나 내보내세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="91"/>
        <location filename="../backend/ingest/plaintextreader.cpp" line="16"/>
        <source>%1 cannot be opened (%2).</source>
        <translation>%1을(를) 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../backend/ingest/pdfreader.cpp" line="172"/>
        <source>%1 has no text that can be extracted (it may be a scanned image); run it through OCR first.</source>
        <translation>%1에서 추출할 수 있는 텍스트가 없습니다(스캔 이미지일 수 있음). 먼저 OCR을 거치세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/plaintextreader.cpp" line="19"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../backend/ingest/textdecoder.cpp" line="120"/>
        <source>%1 does not look like a text file; save it as UTF-8 text and import it again.</source>
        <translation>%1은(는) 텍스트 파일이 아닌 것 같습니다. UTF-8 텍스트로 저장해 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="19"/>
        <source>%1 is not a readable %2 file (it may be damaged or truncated); open and save it again in its editor.</source>
        <translation>%1은(는) 읽을 수 있는 %2 파일이 아닙니다(손상되었거나 잘렸을 수 있음). 해당 편집기에서 열어 다시 저장하세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="47"/>
        <source>%1 unpacks to more than %2 MB of text; split it into smaller files.</source>
        <translation>%1은(는) 압축을 풀면 텍스트가 %2MB를 넘습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <location filename="../backend/ingest/zippackage.cpp" line="54"/>
        <source>%1 looks like a zip bomb: its %2 unpacks to more than %3 times its packed size. If it is a real document, copy its text into a new file and import that.</source>
        <translation>%1은(는) 압축 폭탄으로 보입니다: %2이(가) 압축된 크기의 %3배 넘게 풀립니다. 실제 문서라면 내용을 새 파일에 복사해 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="90"/>
        <source>The system keychain is locked, so the API key for %1 cannot be used. Unlock it (log in to the desktop again, or open your keyring app), or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation>시스템 키체인이 잠겨 있어 %1의 API 키를 사용할 수 없습니다. 키체인의 잠금을 해제하거나(데스크톱에 다시 로그인하거나 키링 앱을 여세요) PROTOSTAR_API_KEY 환경 변수를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="155"/>
        <source>The system keychain did not answer. Unlock it, or set the API key in the PROTOSTAR_API_KEY environment variable.</source>
        <translation>시스템 키체인이 응답하지 않았습니다. 키체인 잠금을 해제하거나 PROTOSTAR_API_KEY 환경 변수에 API 키를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="161"/>
        <source>No API key for %1 is stored in the system keychain. Save one in Settings, or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation>시스템 키체인에 %1의 API 키가 없습니다. 설정에서 저장하거나 PROTOSTAR_API_KEY 환경 변수를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="168"/>
        <source>Access to the system keychain was denied. Allow Protostar to use it, or set the PROTOSTAR_API_KEY environment variable.</source>
        <translation>시스템 키체인 접근이 거부되었습니다. Protostar의 사용을 허용하거나 PROTOSTAR_API_KEY 환경 변수를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="173"/>
        <source>No system keychain is available on this machine. Set the API key in the PROTOSTAR_API_KEY environment variable instead.</source>
        <translation>이 컴퓨터에는 사용할 수 있는 시스템 키체인이 없습니다. 대신 PROTOSTAR_API_KEY 환경 변수에 API 키를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/apikeystore.cpp" line="178"/>
        <source>The system keychain failed. Set the API key in the PROTOSTAR_API_KEY environment variable instead.</source>
        <translation>시스템 키체인에 오류가 발생했습니다. 대신 PROTOSTAR_API_KEY 환경 변수에 API 키를 설정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="72"/>
        <source>The answer service at %1 rejected the API key (HTTP %2). Set a valid key in PROTOSTAR_API_KEY or in Settings.</source>
        <translation>%1의 답변 서비스가 API 키를 거부했습니다(HTTP %2). PROTOSTAR_API_KEY나 설정에 올바른 키를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="81"/>
        <source>The answer service at %1 does not know the model &quot;%2&quot; or the address %3 (HTTP 404). Check the model name and the base URL.</source>
        <translation>%1의 답변 서비스가 모델 &quot;%2&quot; 또는 주소 %3을(를) 알지 못합니다(HTTP 404). 모델 이름과 기본 URL을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="92"/>
        <source>The answer service at %1 is limiting requests (HTTP 429). Try again in %2 s.</source>
        <translation>%1의 답변 서비스가 요청을 제한하고 있습니다(HTTP 429). %2초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="95"/>
        <source>The answer service at %1 is limiting requests (HTTP 429). Wait a moment and try again.</source>
        <translation>%1의 답변 서비스가 요청을 제한하고 있습니다(HTTP 429). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="103"/>
        <source>The answer service at %1 failed with a server error (HTTP %2). Try again later, or use the offline (extractive) provider.</source>
        <translation>%1의 답변 서비스에서 서버 오류가 발생했습니다(HTTP %2). 나중에 다시 시도하거나 오프라인(추출형) 제공자를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="114"/>
        <source>The answer service at %1 refused the request (HTTP %2). Check the model name and the service&apos;s documentation.</source>
        <translation>%1의 답변 서비스가 요청을 거부했습니다(HTTP %2). 모델 이름과 서비스 문서를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="125"/>
        <source>Could not connect to the answer service at %1 within %2 s. Check the base URL and your network, or use the offline (extractive) provider.</source>
        <translation>%2초 안에 %1의 답변 서비스에 연결하지 못했습니다. 기본 URL과 네트워크를 확인하거나 오프라인(추출형) 제공자를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="134"/>
        <source>The answer service at %1 did not start answering within %2 s. It may be overloaded: try again later, or raise the first-token timeout.</source>
        <translation>%1의 답변 서비스가 %2초 안에 답변을 시작하지 않았습니다. 과부하 상태일 수 있으니 나중에 다시 시도하거나 첫 토큰 대기 시간을 늘리세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="143"/>
        <source>The answer service at %1 went silent for %2 s in the middle of the answer. The answer is incomplete; try again.</source>
        <translation>%1의 답변 서비스가 답변 도중 %2초 동안 응답이 없었습니다. 답변이 완전하지 않으니 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="153"/>
        <source>The answer service at %1 sent data Protostar cannot read (malformed JSON). Check that the base URL points to an OpenAI-compatible API.</source>
        <translation>%1의 답변 서비스가 Protostar가 읽을 수 없는 데이터(잘못된 JSON)를 보냈습니다. 기본 URL이 OpenAI 호환 API를 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="164"/>
        <source>The answer service at %1 reported an error while answering. Try again.</source>
        <translation>%1의 답변 서비스가 답변 중에 오류를 보고했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="175"/>
        <source>The connection to the answer service at %1 was cut before the answer was complete. The answer is incomplete; try again.</source>
        <translation>답변이 끝나기 전에 %1의 답변 서비스와 연결이 끊겼습니다. 답변이 완전하지 않으니 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="183"/>
        <source>The answer service at %1 closed the connection without answering. Try again.</source>
        <translation>%1의 답변 서비스가 답변 없이 연결을 닫았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="190"/>
        <source>Could not reach the answer service at %1. Check the base URL and that the service is running, or use the offline (extractive) provider.</source>
        <translation>%1의 답변 서비스에 연결할 수 없습니다. 기본 URL과 서비스 실행 여부를 확인하거나 오프라인(추출형) 제공자를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/chatcompletionfailure.cpp" line="205"/>
        <source>The answer service at %1 is not answering (%2 failed calls in a row), so Protostar stops calling it for %3 s. Check that it is running, or switch to the offline (extractive) provider.</source>
        <translation>%1의 답변 서비스가 응답하지 않아(연속 %2회 실패) Protostar가 %3초 동안 호출을 멈춥니다. 서비스가 실행 중인지 확인하거나 오프라인(추출형) 제공자로 전환하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/openaicompatibleprovider.cpp" line="161"/>
        <source>The OpenAI-compatible provider needs a base URL (for example http://localhost:8000) and a model name. Set them in Settings or with --base-url and --model.</source>
        <translation>OpenAI 호환 제공자에는 기본 URL(예: http://localhost:8000)과 모델 이름이 필요합니다. 설정이나 --base-url, --model로 지정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="25"/>
        <source>&quot;%1&quot; is not a usable base URL for the OpenAI-compatible provider. Give an http or https address such as http://localhost:8000.</source>
        <translation>&quot;%1&quot;은(는) OpenAI 호환 제공자에 쓸 수 있는 기본 URL이 아닙니다. http://localhost:8000 같은 http 또는 https 주소를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="31"/>
        <source>The OpenAI-compatible provider needs a model name (--model NAME or Settings).</source>
        <translation>OpenAI 호환 제공자에는 모델 이름이 필요합니다(--model NAME 또는 설정).</translation>
    </message>
    <message>
        <location filename="../backend/providers/providerfactory.cpp" line="40"/>
        <source>Unknown answer provider &quot;%1&quot;. Use &quot;extractive&quot; (offline) or &quot;openai&quot;.</source>
        <translation>알 수 없는 답변 제공자 &quot;%1&quot;입니다. &quot;extractive&quot;(오프라인) 또는 &quot;openai&quot;를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="23"/>
        <source>--%1 needs a positive number of seconds, not &quot;%2&quot;.</source>
        <translation>--%1에는 &quot;%2&quot;가 아닌 양수 초 값이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="31"/>
        <source>Answer provider: extractive (offline, default) or openai.</source>
        <translation>답변 제공자: extractive(오프라인, 기본값) 또는 openai.</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="33"/>
        <source>Base URL of an OpenAI-compatible API, e.g. http://localhost:8000.</source>
        <translation>OpenAI 호환 API의 기본 URL(예: http://localhost:8000).</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="35"/>
        <source>Model name for --provider openai.</source>
        <translation>--provider openai에서 쓸 모델 이름.</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="37"/>
        <source>With --provider openai, fail instead of answering offline when the API is down.</source>
        <translation>--provider openai 사용 시 API가 응답하지 않으면 오프라인으로 답변하지 않고 실패합니다.</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="38"/>
        <source>Seconds to wait for the first answer text.</source>
        <translation>첫 답변 텍스트를 기다릴 시간(초).</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="39"/>
        <source>Seconds to wait for a connection.</source>
        <translation>연결을 기다릴 시간(초).</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="65"/>
        <source>--provider openai needs --base-url URL (for example http://localhost:8000).</source>
        <translation>--provider openai에는 --base-url URL이 필요합니다(예: http://localhost:8000).</translation>
    </message>
    <message>
        <location filename="../backend/providers/provideroptions.cpp" line="67"/>
        <source>--provider openai needs --model NAME.</source>
        <translation>--provider openai에는 --model NAME이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../backend/rag/conversationmemory.cpp" line="190"/>
        <source>There is no question to summarise in this turn.</source>
        <translation>이 차례에는 요약할 질문이 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="28"/>
        <source>Cannot open the database file %1. Check that its folder exists and is writable.</source>
        <translation>데이터베이스 파일 %1을(를) 열 수 없습니다. 폴더가 있고 쓰기 가능한지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="96"/>
        <source>The database could not carry out a change.</source>
        <translation>데이터베이스가 변경 사항을 적용하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="138"/>
        <source>The database file is read-only, so nothing was changed. To import, delete or record a conversation, ask for write permission on the file and its folder, or copy the file to a folder you can write to and open the copy.</source>
        <translation>데이터베이스 파일이 읽기 전용이라 아무것도 바꾸지 않았습니다. 가져오기, 삭제, 대화 기록을 하려면 파일과 폴더의 쓰기 권한을 요청하거나, 쓸 수 있는 폴더에 파일을 복사해 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="164"/>
        <source>The database reported an error.</source>
        <translation>데이터베이스에서 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="148"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>다른 프로그램이 데이터베이스를 사용 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="27"/>
        <location filename="../backend/store/sqlitedatabase.cpp" line="76"/>
        <source>Cannot open the database file %1. Check that it exists and that you may read it.</source>
        <translation>데이터베이스 파일 %1을(를) 열 수 없습니다. 파일이 있는지, 읽을 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="57"/>
        <source>The database file %1 has changes that are not yet written into it (its -wal file), and its folder is read-only. Open it once with write permission on the folder, or copy the file together with its -wal file to a folder you can write to and open the copy.</source>
        <translation>데이터베이스 파일 %1에 아직 반영되지 않은 변경(-wal 파일)이 있는데 폴더가 읽기 전용입니다. 폴더에 쓰기 권한이 있는 상태로 한 번 열거나, 파일을 -wal 파일과 함께 쓸 수 있는 폴더에 복사해 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="150"/>
        <source>The disk is full. Free some space and try again.</source>
        <translation>디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitedatabase.cpp" line="153"/>
        <source>The database file is damaged or is not a Protostar database.</source>
        <translation>데이터베이스 파일이 손상되었거나 Protostar 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="vanished">데이터베이스 파일이 읽기 전용입니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="106"/>
        <source>This database was written by a newer Protostar (schema %1, this build knows %2). Update Protostar to open it.</source>
        <translation>이 데이터베이스는 더 새 버전의 Protostar로 작성되었습니다(스키마 %1, 이 빌드는 %2까지 지원). 열려면 Protostar를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="113"/>
        <source>This database file is empty and read-only, so Protostar cannot set it up. Open a file you can write to, or ask for write permission on this one.</source>
        <translation>이 데이터베이스 파일은 비어 있고 읽기 전용이라 Protostar가 준비할 수 없습니다. 쓸 수 있는 파일을 열거나 이 파일의 쓰기 권한을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqliteschema.cpp" line="116"/>
        <source>This database was written by an older Protostar (schema %1) and must be upgraded to %2 once, but the file is read-only. Ask for write permission on the file and its folder, or copy it to a folder you can write to and open the copy.</source>
        <translation>이 데이터베이스는 이전 버전의 Protostar(스키마 %1)로 만들어져 한 번 %2(으)로 올려야 하지만 파일이 읽기 전용입니다. 파일과 폴더의 쓰기 권한을 요청하거나, 쓸 수 있는 폴더에 복사해 사본을 여세요.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="119"/>
        <source>A candidate needs a name.</source>
        <translation>후보자 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/sqlitestore.cpp" line="313"/>
        <source>There is no document %1.</source>
        <translation>문서 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/scratchstore.cpp" line="84"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="55"/>
        <source>A session id is a positive number.</source>
        <translation>대화 번호는 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../backend/store/scratchstore.cpp" line="20"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="79"/>
        <location filename="../backend/store/sqlitesessions.cpp" line="99"/>
        <source>There is no session %1.</source>
        <translation>세션 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no turn %1.</source>
        <translation type="vanished">대화 기록 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>Protostar::CandidateListModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/candidatelistmodel.cpp" line="109"/>
        <source>%1: %n document(s), %2 passages</source>
        <translation>
            <numerusform>%1: 문서 %n개, 단락 %2개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="141"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="143"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="145"/>
        <source>Skills</source>
        <translation>기술</translation>
    </message>
    <message>
        <location filename="../widgets/models/candidatelistmodel.cpp" line="147"/>
        <source>Last import</source>
        <translation>최근 가져오기</translation>
    </message>
</context>
<context>
    <name>Protostar::CandidatePanel</name>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="221"/>
        <source>All &amp;documents</source>
        <translation>모든 문서(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="230"/>
        <source>The candidates could not be read.

%1</source>
        <translation>후보자 목록을 읽을 수 없습니다.

%1</translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="231"/>
        <source>Database file: %1</source>
        <translation>데이터베이스 파일: %1</translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="233"/>
        <source>No candidates yet.

Drag résumés, career descriptions or portfolios onto this window, or use File ▸ Import Files (Ctrl+I). PDF, DOCX, HWPX, Markdown and text files are read.</source>
        <translation>아직 후보자가 없습니다.

이력서, 경력기술서, 포트폴리오를 이 창에 끌어다 놓거나 파일 ▸ 파일 가져오기(Ctrl+I)를 사용하세요. PDF, DOCX, HWPX, 마크다운, 텍스트 파일을 읽을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/candidatepanel.cpp" line="237"/>
        <source>No candidate matches “%1”.
Clear the search (Esc) to see all %n candidate(s).</source>
        <translation>
            <numerusform>“%1”와(과) 일치하는 후보자가 없습니다.
검색어를 지우면(Esc) 후보자 %n명이 모두 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="263"/>
        <source>Search candidates, skills, headings (Ctrl+K)</source>
        <translation>후보자, 기술, 항목 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../widgets/candidatepanel.cpp" line="220"/>
        <source>&amp;Documents of the selected candidates</source>
        <translation>선택한 후보자의 문서(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Protostar::ChatPanel</name>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="73"/>
        <location filename="../widgets/chatpanel.cpp" line="131"/>
        <source>Selected candidates (%1)</source>
        <translation>선택한 후보자 (%1명)</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="129"/>
        <source>&amp;Ask about:</source>
        <translation>질문 범위(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="130"/>
        <source>All candidates</source>
        <translation>모든 후보자</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="132"/>
        <source>Ask a question — Enter sends, Shift+Enter adds a line, Esc stops</source>
        <translation>질문을 입력하세요 — Enter 보내기, Shift+Enter 줄바꿈, Esc 중지</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="133"/>
        <source>Asking is off: the database could not be read</source>
        <translation>질문할 수 없음: 데이터베이스를 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="134"/>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="135"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/chatpanel.cpp" line="136"/>
        <source>Stop generating (Esc)</source>
        <translation>답변 생성 중지 (Esc)</translation>
    </message>
</context>
<context>
    <name>Protostar::CitationModel</name>
    <message>
        <location filename="../widgets/models/citationmodel.cpp" line="19"/>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>Protostar::CompareDialog</name>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="189"/>
        <source>%1 candidates: each answer comes only from that candidate&apos;s documents.</source>
        <translation>후보자 %1명: 각 답변은 해당 후보자의 문서에서만 나옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="190"/>
        <source>Check two to four candidates (%1 checked).</source>
        <translation>후보자를 2~4명 선택하세요 (현재 %1명).</translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="202"/>
        <source>Compare candidates</source>
        <translation>후보자 비교</translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="203"/>
        <source>C&amp;andidates:</source>
        <translation>후보자(&amp;A):</translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="204"/>
        <source>&amp;Question:</source>
        <translation>질문(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../widgets/comparedialog.cpp" line="205"/>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Protostar::DocumentListModel</name>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="81"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="83"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="85"/>
        <source>Pages</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="87"/>
        <source>Passages</source>
        <translation>단락</translation>
    </message>
    <message>
        <location filename="../widgets/models/documentlistmodel.cpp" line="89"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
</context>
<context>
    <name>Protostar::DocumentViewer</name>
    <message>
        <location filename="../widgets/documentviewer.cpp" line="187"/>
        <source>Select a document, or click a citation [n] in an answer to see its source paragraph.</source>
        <translation>문서를 선택하거나, 답변의 인용 [n]을 클릭하면 출처 단락을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/documentviewer.cpp" line="195"/>
        <source>page %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>Protostar::FolderWatcher</name>
    <message>
        <location filename="../backend/engine/folderwatcher.cpp" line="314"/>
        <source>%1 is not a folder Protostar can read. Choose an existing folder you have access to.</source>
        <translation>%1은(는) Protostar가 읽을 수 있는 폴더가 아닙니다. 접근 권한이 있는 기존 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Protostar::ImportProgressModel</name>
    <message numerus="yes">
        <location filename="../widgets/models/importprogressmodel.cpp" line="127"/>
        <source>%1 · %n passage(s)</source>
        <translation>
            <numerusform>%1 · 단락 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="110"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="112"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="114"/>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="116"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="118"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="197"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="199"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../widgets/models/importprogressmodel.cpp" line="201"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
</context>
<context>
    <name>Protostar::ImportProgressWidget</name>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="82"/>
        <source>%1 of %2 files</source>
        <translation>파일 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="84"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="88"/>
        <source>estimating time left…</source>
        <translation>남은 시간 계산 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="90"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="92"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>약 %n분 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/importprogresswidget.cpp" line="94"/>
        <source>cancelled: %n file(s) not imported</source>
        <translation>
            <numerusform>취소됨: 파일 %n개를 가져오지 않음</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="96"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="110"/>
        <source>&amp;Cancel import</source>
        <translation>가져오기 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/importprogresswidget.cpp" line="111"/>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
</context>
<context>
    <name>Protostar::LinkedFoldersDialog</name>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="55"/>
        <source>Link a folder</source>
        <translation>폴더 연결</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="72"/>
        <source>Watching %1: new and changed files are imported in the background.</source>
        <translation>%1 폴더를 지켜보는 중: 새 파일과 바뀐 파일은 백그라운드에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="88"/>
        <source>%1 is no longer watched; its documents stay in Protostar.</source>
        <translation>%1 폴더는 더 이상 감시하지 않습니다. 문서는 Protostar에 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="132"/>
        <source>Linked folders</source>
        <translation>연결된 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="133"/>
        <source>&amp;Folders watched for changes: new and changed files are imported in the background, removed files are removed.</source>
        <translation>변경을 감시하는 폴더(&amp;F): 새 파일과 바뀐 파일은 백그라운드에서 가져오고, 삭제된 파일은 제거합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="135"/>
        <source>&amp;Link…</source>
        <translation>연결(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/linkedfoldersdialog.cpp" line="136"/>
        <source>&amp;Unlink</source>
        <translation>연결 해제(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Protostar::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="69"/>
        <source>The demo corpus was not found; import your own documents with File ▸ Import.</source>
        <translation>데모 문서를 찾지 못했습니다. 파일 ▸ 가져오기로 문서를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="79"/>
        <source>First start: importing the demo candidates…</source>
        <translation>첫 실행: 데모 후보자를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="116"/>
        <source>This database is read-only, so nothing can be imported into it. Open a copy you may write with --db.</source>
        <translation>이 데이터베이스는 읽기 전용이라 문서를 가져올 수 없습니다. 쓸 수 있는 사본을 --db로 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="226"/>
        <source>This database is read-only, so conversations cannot be renamed or deleted. Open a copy you may write with --db.</source>
        <translation>읽기 전용 데이터베이스라서 대화의 이름을 바꾸거나 삭제할 수 없습니다. 쓸 수 있는 사본을 --db로 여세요.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>Delete conversation</source>
        <translation>대화 삭제</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>Delete this conversation and its history?</source>
        <translation>이 대화와 기록을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="248"/>
        <location filename="../widgets/mainwindowactions.cpp" line="205"/>
        <source>Index: %n passage(s)</source>
        <translation>
            <numerusform>색인: 단락 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Database file: %2</source>
        <translation type="vanished">%1

데이터베이스 파일: %2</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="289"/>
        <location filename="../widgets/mainwindowactions.cpp" line="207"/>
        <source>No index: the database could not be read</source>
        <translation>색인 없음: 데이터베이스를 읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="88"/>
        <source>Resuming the import that was interrupted last time…</source>
        <translation>지난번에 중단된 가져오기를 이어서 진행하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowimport.cpp" line="98"/>
        <source>Import finished: %1 imported, %2 unchanged, %3 failed</source>
        <translation>가져오기 완료: %1개 가져옴, %2개 변경 없음, %3개 실패</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="51"/>
        <source>Searching the documents…</source>
        <translation>문서를 검색하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="62"/>
        <source>First words after %1 ms…</source>
        <translation>%1ms 만에 첫 응답…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="62"/>
        <source>Answering…</source>
        <translation>답변하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="88"/>
        <source>Not found in the documents</source>
        <translation>문서에서 찾을 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="90"/>
        <source>Not found; %n related passage(s)</source>
        <translation>
            <numerusform>찾을 수 없음 · 관련 단락 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="92"/>
        <source>%n sentence(s) removed as not verified</source>
        <translation>
            <numerusform>검증되지 않은 문장 %n개 제외</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="93"/>
        <source>Answered in %1 ms</source>
        <translation>%1ms 만에 답변</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowchat.cpp" line="86"/>
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>출처 %n개 인용</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="104"/>
        <location filename="../widgets/mainwindowchat.cpp" line="117"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowchat.cpp" line="114"/>
        <source>Stopped by you.</source>
        <translation>사용자가 중지했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="41"/>
        <source>Import documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="42"/>
        <source>Documents (%1)</source>
        <translation>문서 (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="47"/>
        <source>Import a folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="53"/>
        <source>Link a folder</source>
        <translation>폴더 연결</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="59"/>
        <source>Watching %1: new and changed files are imported in the background.</source>
        <translation>%1 폴더를 지켜보는 중: 새 파일과 바뀐 파일은 백그라운드에서 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="80"/>
        <source>Delete candidates</source>
        <translation>후보자 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowactions.cpp" line="81"/>
        <source>Delete %n candidate(s) with all their documents? This cannot be undone.</source>
        <translation>
            <numerusform>후보자 %n명과 그 문서를 모두 삭제할까요? 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="129"/>
        <location filename="../widgets/mainwindowactions.cpp" line="150"/>
        <source>Reading the API key…</source>
        <translation>API 키를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="179"/>
        <source>Protostar — candidates&apos; documents, answered with sources</source>
        <translation>Protostar(원시성) — 후보자 문서에 출처와 함께 답합니다</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="182"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="183"/>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="184"/>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="185"/>
        <source>&amp;Link Folder (watch for changes)…</source>
        <translation>폴더 연결(변경 감시)(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="186"/>
        <source>Linked F&amp;olders…</source>
        <translation>연결된 폴더(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="187"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="188"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="189"/>
        <source>&amp;Candidates</source>
        <translation>후보자(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="190"/>
        <source>&amp;Find Candidate</source>
        <translation>후보자 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="191"/>
        <source>&amp;Compare Candidates…</source>
        <translation>후보자 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="192"/>
        <source>&amp;Delete Selected Candidates…</source>
        <translation>선택한 후보자 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="193"/>
        <source>C&amp;hat</source>
        <translation>대화(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="194"/>
        <source>&amp;Ask a Question</source>
        <translation>질문하기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="195"/>
        <source>&amp;New Conversation</source>
        <translation>새 대화(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="196"/>
        <source>&amp;Stop Generating</source>
        <translation>답변 생성 중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="197"/>
        <source>Import progress</source>
        <translation>가져오기 진행 상황</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="198"/>
        <source>Show &amp;Import Progress</source>
        <translation>가져오기 진행 상황 보기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="200"/>
        <source>Read-only database</source>
        <translation>읽기 전용 데이터베이스</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="201"/>
        <source>This file may not be written: questions are answered, but conversations are not saved and nothing can be imported or deleted.</source>
        <translation>이 파일에는 쓸 수 없습니다. 질문에는 답하지만 대화는 저장되지 않고, 가져오기와 삭제는 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="209"/>
        <source>Preparing the index…</source>
        <translation>색인을 준비하는 중…</translation>
    </message>
</context>
<context>
    <name>Protostar::SessionListModel</name>
    <message>
        <location filename="../widgets/models/sessionlistmodel.cpp" line="44"/>
        <source>(not saved) %1</source>
        <translation>(저장 안 됨) %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/models/sessionlistmodel.cpp" line="57"/>
        <source>%n question(s), last %1</source>
        <translation>
            <numerusform>질문 %n개, 마지막 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/models/sessionlistmodel.cpp" line="60"/>
        <source>Not saved: this database is read-only, so the conversation is kept only until Protostar closes.</source>
        <translation>저장되지 않음: 읽기 전용 데이터베이스이므로 이 대화는 Protostar를 닫을 때까지만 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>Protostar::SessionPanel</name>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="152"/>
        <source>Sessi&amp;ons</source>
        <translation>대화 목록(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="153"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="154"/>
        <source>Start a new conversation (Ctrl+N); on this read-only database it is not saved</source>
        <translation>새 대화 시작 (Ctrl+N). 이 읽기 전용 데이터베이스에서는 저장되지 않습니다</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="155"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>새 대화 시작 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="156"/>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="159"/>
        <source>This database is read-only: conversations cannot be renamed or deleted.</source>
        <translation>읽기 전용 데이터베이스입니다. 대화의 이름을 바꾸거나 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="163"/>
        <source>Rename the selected conversation (F2)</source>
        <translation>선택한 대화의 이름 바꾸기 (F2)</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="157"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../widgets/sessionpanel.cpp" line="164"/>
        <source>Delete the selected conversation (Del)</source>
        <translation>선택한 대화 삭제 (Del)</translation>
    </message>
</context>
<context>
    <name>Protostar::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="81"/>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="139"/>
        <source>Saving the API key in the system keychain…</source>
        <translation>시스템 키체인에 API 키를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="145"/>
        <source>The API key was saved in the system keychain.</source>
        <translation>API 키를 시스템 키체인에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="146"/>
        <source>The API key was not saved: %1</source>
        <translation>API 키를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="187"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="188"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="189"/>
        <source>Answer &amp;provider:</source>
        <translation>답변 제공자(&amp;P):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="190"/>
        <source>Extractive (offline, quotes the documents)</source>
        <translation>추출형 (오프라인, 문서를 그대로 인용)</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="191"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="192"/>
        <source>&amp;Base URL:</source>
        <translation>기본 URL(&amp;B):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="193"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="194"/>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="195"/>
        <source>Leave empty to keep the saved key</source>
        <translation>저장된 키를 유지하려면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="198"/>
        <source>The API key is kept in the system keychain, never in a settings file. When the server is unreachable, answers fall back to the offline extractive provider.</source>
        <translation>API 키는 설정 파일이 아닌 시스템 키체인에만 보관됩니다. 서버에 연결할 수 없으면 오프라인 추출형 제공자로 답합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="200"/>
        <source>The API key from the PROTOSTAR_API_KEY environment variable is used. When the server is unreachable, answers fall back to the offline extractive provider.</source>
        <translation>PROTOSTAR_API_KEY 환경 변수의 API 키를 사용합니다. 서버에 연결할 수 없으면 오프라인 추출형 제공자로 답합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="202"/>
        <source>&amp;Data folder:</source>
        <translation>데이터 폴더(&amp;D):</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="203"/>
        <source>Default location</source>
        <translation>기본 위치</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="204"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="205"/>
        <source>A new data folder is used the next time Protostar starts.</source>
        <translation>새 데이터 폴더는 Protostar를 다음에 시작할 때 사용됩니다.</translation>
    </message>
</context>
<context>
    <name>Protostar::SourcesPanel</name>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="53"/>
        <source>Related passages (n&amp;ot an answer)</source>
        <translation>관련 단락 — 답변 아님(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/sourcespanel.cpp" line="53"/>
        <source>S&amp;ources of the last answer</source>
        <translation>마지막 답변의 출처(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Protostar::TranscriptView</name>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="30"/>
        <source>Not verified, removed from the answer (a figure is not written in the cited passage):</source>
        <translation>검증되지 않아 답변에서 뺀 문장(인용한 단락에 그 수치가 적혀 있지 않음):</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="169"/>
        <source>Ask about the candidates&apos; documents, in Korean or English. Every answer cites the paragraph it comes from.</source>
        <translation>후보자의 문서에 대해 한국어나 영어로 질문하세요. 모든 답변은 근거가 된 단락을 인용합니다.</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="165"/>
        <source>There are no documents to ask about yet. Import candidates&apos; résumés first (File ▸ Import Files, Ctrl+I, or drag files onto the window); then ask here in Korean or English.</source>
        <translation>아직 질문할 문서가 없습니다. 먼저 후보자의 이력서를 가져오세요(파일 ▸ 파일 가져오기, Ctrl+I, 또는 창에 파일 끌어다 놓기). 그다음 여기에서 한국어나 영어로 질문하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="159"/>
        <source>Nothing can be asked: the database could not be read (the candidates pane says why). Choose another data folder in File ▸ Settings and restart Protostar, or repair or move away the file %1.</source>
        <translation>질문할 수 없습니다: 데이터베이스를 읽을 수 없습니다(이유는 후보자 목록 자리에 있습니다). 파일 ▸ 설정에서 다른 데이터 폴더를 고른 뒤 Protostar를 다시 시작하거나, 파일 %1을(를) 복구하거나 다른 곳으로 옮기세요.</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="194"/>
        <source>Q:</source>
        <translation>질문:</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="201"/>
        <location filename="../widgets/transcriptview.cpp" line="205"/>
        <source>Not found in the documents</source>
        <translation>문서에서 찾을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="213"/>
        <source>Related passages, not an answer (%1)</source>
        <translation>관련 단락 — 답변 아님 (%1개)</translation>
    </message>
    <message>
        <location filename="../widgets/transcriptview.cpp" line="241"/>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
</context>
</TS>
