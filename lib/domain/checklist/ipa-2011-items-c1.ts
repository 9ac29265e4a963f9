// Group C of ipa-2011, items (9)–(11): provider, service level and security (12–14 are in ipa-2011-items-c2.ts).
// 「クラウドサービスの提供条件等についての確認項目」: the provider-side items, hence the facts candidates are compared on.
import { t } from './localized-text';
import type { ChecklistItem } from './types';

export const itemsC1: readonly ChecklistItem[] = [
  {
    key: 'item-09',
    number: 9,
    group: 'C',
    question: t('事業者の信頼性', 'Reliability of the provider'),
    content: t(
      'クラウドサービスを提供する事業者は信頼できる事業者ですか？',
      'Is the company providing the cloud service one you can trust?',
    ),
    explanation: t(
      'そのサービスを提供するクラウド事業者の経営が安定して信頼できるか、サービスの提供が長期間安定して行われるかを確認しましょう。経営の評価は難しいですが、以下のような項目が判断の参考になります。これらはあくまで参考情報であり、満たしていることは必須でなく、また、適合しているからといってそれだけで信頼できるとは限りません。一方、新規参入だけど利用価値の高い事業者・サービスも登場してくるので、それらをうまく安全に活用する視点も大事です。',
      'Check whether the provider’s business is stable and trustworthy and whether the service is likely to be offered steadily for a long time. Judging a company’s management is difficult, but the points below help. They are only reference points: none of them is required, and meeting them does not by itself make a provider trustworthy. On the other hand, valuable new providers and services keep appearing, so being able to use them well and safely also matters.',
    ),
    subPoints: [
      {
        key: 'listed',
        text: t(
          '株式公開企業であるか（株式公開企業は経営状況について審査を受け、定期的に情報を公開している）',
          'Is it a listed company? (Listed companies are vetted on their business condition and publish information regularly.)',
        ),
      },
      {
        key: 'years',
        text: t(
          '何年業務を続けているか（長年事業が継続していれば、安定性、継続性の指標になる）',
          'How many years has it been in business? (A long track record indicates stability and continuity.)',
        ),
      },
      {
        key: 'user-base',
        text: t(
          '利用者の数が多いか、どんなユーザがいるか（実際のユーザと話せるなら、使い勝手、投資効果、障害の有無や対応等について悪い評価はないか確認する）',
          'Does it have many users, and who are they? (If you can talk to actual users, ask whether they have complaints about ease of use, value for money, outages or how outages were handled.)',
        ),
      },
      {
        key: 'incidents',
        text: t(
          '事故の情報がたびたび聞かれたりしないか、万一の障害対応がきちんと行われているか',
          'Do you often hear of incidents, and are outages handled properly when they happen?',
        ),
      },
      {
        key: 'resold',
        text: t(
          '事業実績のあるシステムインテグレータやITの販売店が代理販売・推奨しているか（信用や実績のある事業者が推奨、再販しているサービスは、ある程度安心して使うことができる）',
          'Is it sold or recommended by an established system integrator or IT dealer? (A service recommended or resold by a company with a good reputation and track record can be used with some confidence.)',
        ),
      },
      {
        key: 'platform',
        text: t(
          '大手クラウド事業者（コンピュータメーカや通信事業者を含む）が提供するプラットフォーム上で提供されているか（その場合、基盤部分のセキュリティや信頼性、つまり可用性や攻撃等への耐性は高いと考えられる）',
          'Does it run on the platform of a major cloud provider (computer makers and telecom companies also offer these)? (If so, the security and reliability of the underlying platform, i.e. its availability and resistance to attack, can be considered high.)',
        ),
      },
    ],
    facts: [
      {
        kind: 'boolean',
        key: 'listedCompany',
        label: t('株式公開企業である', 'Publicly listed company'),
      },
      {
        kind: 'integer',
        key: 'yearsInBusiness',
        min: 0,
        max: 300,
        label: t('事業継続年数', 'Years in business'),
        help: t('クラウド事業者が事業を続けている年数。', 'How long the provider has been in business.'),
        unit: t('年', 'years'),
      },
    ],
  },
  {
    key: 'item-10',
    number: 10,
    group: 'C',
    question: t('サービスの信頼性', 'Reliability of the service'),
    content: t(
      'サービスの稼働率、障害発生頻度、障害時の回復目標時間などのサービスレベルは示されていますか？',
      'Does the provider state its service levels, such as availability, how often failures occur and the target time to recover from a failure?',
    ),
    explanation: t(
      'クラウドサービスは、メンテナンスや障害のために、予告して、あるいは突然止まることがあります。その対策方針等は、SLA（サービスレベルアグリーメント、またはサービスレベル契約書）等の文書で示されている場合が多いです。稼働率保証の場合は、率の計算単位（通常は月単位）を確認しましょう。年単位の場合は、0.1%の停止でも理論的には8時間45分連続して停止する可能性があります。稼働率保証は通常、それ以上のサービス停止があった場合に何らかの補償をするという条件で示されるもので、示された稼働時間が必ず保障されるわけではありません。想定外の長時間の停止に備えて、(8)で確認したローカルバックアップ、アーカイブによる備えをすることが望まれます。',
      'A cloud service can stop, with notice or suddenly, for maintenance or because of a failure. How the provider deals with this is usually set out in an SLA (service level agreement) or a similar document. If availability is guaranteed, check the period it is calculated over (usually a month). If it is calculated per year, even 0.1% downtime could in theory mean one continuous outage of 8 hours 45 minutes. An availability guarantee usually means the provider pays some compensation if the service is down for longer; it does not promise that the service will actually be up for that long. To be ready for an unexpectedly long outage, keep the local backups and archives described in item 8.',
    ),
    subPoints: [
      {
        key: 'planned-notice',
        text: t(
          '予告して停止する場合、予告のリードタイムが十分か、確実に事前に知ることができる予告方法が示されているか、不都合が生じる恐れがないか',
          'For planned stops: is the notice given early enough, in a way you will reliably see beforehand, and could the stop cause you problems?',
        ),
      },
      {
        key: 'failure-contact',
        text: t(
          '突然の障害等の際、クラウド事業者側からどのような方法で連絡が来るか、速やかに通知が来るようになっているか',
          'For sudden failures: how will the provider contact you, and will you be told promptly?',
        ),
      },
      {
        key: 'failure-figures',
        text: t(
          '障害の発生頻度の理論値や経験値、復旧に要する見込み時間、それらを総合した稼働率保証が示されているか',
          'Are the expected or actual failure frequency, the expected recovery time, or an availability guarantee combining them stated?',
        ),
      },
      {
        key: 'measurement-period',
        text: t(
          '稼働率保証の場合、率の計算単位（通常、月単位）を確認する',
          'For an availability guarantee, check the period it is calculated over (usually a month)',
        ),
      },
      {
        key: 'guarantee-meaning',
        text: t(
          '稼働率保証は補償の条件であり稼働時間が保障されるわけではないことに注意し、想定外の長時間の停止に(8)のローカルバックアップ、アーカイブで備える',
          'Remember that an availability guarantee only sets the condition for compensation, not actual uptime; prepare for long outages with the local backups and archives from item 8',
        ),
      },
      {
        key: 'dashboard',
        text: t(
          'ダッシュボード等で、現在のクラウドの運転状況やトラブルの状況などの情報を常時提供しているか',
          'Does the provider show the current operating status and any trouble at all times, for example on a status page (“dashboard”)?',
        ),
      },
    ],
    facts: [
      {
        kind: 'percent',
        key: 'availabilityPercent',
        min: 0,
        max: 100,
        decimals: 3,
        downtime: { periodFactKey: 'availabilityPeriod' },
        label: t('稼働率保証', 'Guaranteed availability'),
        help: t('SLA等に示された稼働率（例：99.9）。', 'The availability stated in the SLA or similar (e.g. 99.9).'),
        unit: t('%', '%'),
      },
      {
        // Allowed downtime for the same percentage is twelve times longer per year than per month, which is
        // why the guide insists on checking the period; 'month' | 'year' are the keys the downtime math reads.
        kind: 'enum',
        key: 'availabilityPeriod',
        label: t('稼働率の計算単位', 'Availability is measured per'),
        options: [
          { key: 'month', text: t('月単位', 'Month') },
          { key: 'year', text: t('年単位', 'Year') },
        ],
      },
      {
        kind: 'boolean',
        key: 'compensation',
        label: t(
          '稼働率を下回った場合の補償（返金等）がある',
          'Compensation (e.g. a refund) if availability falls short',
        ),
      },
      {
        kind: 'integer',
        key: 'recoveryTargetMinutes',
        min: 0,
        max: 43_200,
        label: t('障害時の回復目標時間', 'Target time to recover from a failure'),
        unit: t('分', 'minutes'),
      },
      {
        kind: 'integer',
        key: 'maintenanceNoticeDays',
        min: 0,
        max: 365,
        label: t('計画停止の予告期間', 'Advance notice of planned maintenance'),
        unit: t('日前', 'days'),
      },
      {
        kind: 'boolean',
        key: 'statusDashboard',
        label: t(
          'ダッシュボード等で運転状況を常時公開している',
          'Shows the current operating status at all times (status page)',
        ),
      },
    ],
  },
  {
    key: 'item-11',
    number: 11,
    group: 'C',
    question: t('セキュリティ対策', 'Security measures'),
    content: t(
      'クラウドサービスにおけるセキュリティ対策が具体的に公開されていますか？',
      'Has the provider published specific details of the security measures in its cloud service?',
    ),
    explanation: t(
      '多くの場合、クラウド事業者は自社のセキュリティ対策に関する解説をウェブサイトで公開しています。年次報告書（情報セキュリティ報告書やCSR報告書の形を取るケースも多い）やセキュリティに関するホワイトペーパーを公表している場合もあります。以下の項目について、事業者のウェブサイト等で説明されているかを確認しましょう。また、公的機関が定めている情報開示指針やサービスに関するガイドライン、民間のものも含む情報セキュリティやデータの保護管理に関する基準類に基づいた運用管理、情報開示、認定や認証が行われていれば、その事業者の信頼性やセキュリティ管理についても安心できる可能性が高いです。',
      'Most providers explain their security measures on their website, and some also publish an annual report (often an information security report or CSR report) or a security white paper. Check whether the provider’s website or similar explains the points below. If the provider is run, discloses information, or is certified according to the disclosure and service guidelines of public bodies, or according to information security and data protection standards (including private-sector ones), you can more likely trust its reliability and security management.',
    ),
    subPoints: [
      {
        key: 'system',
        text: t(
          'システムに関する対策：OSやアプリケーションのアップデート、セキュリティ修正パッチやサービスパックの適時適用等／システムの可用性・信頼性を確保するための対策（サーバやストレージやネットワークの多重化・冗長化、自動バックアップ等）',
          'Systems: timely OS and application updates, security patches and service packs; measures that keep the system available and reliable (duplicated or redundant servers, storage and network, automatic backup, etc.)',
        ),
      },
      {
        key: 'data',
        text: t(
          'データ管理に関する対策：暗号化の自動実施、または暗号化機能の提供／クラウド事業者側での自動バックアップ（インターバル、世代、復旧方法、保存期間等）',
          'Data: automatic encryption or an encryption feature; automatic backups by the provider (how often, how many generations, how to restore, how long they are kept, etc.)',
        ),
      },
      {
        key: 'network',
        text: t(
          'ネットワークと通信に関する対策：ウイルス・マルウェア感染への対策、不正アクセスへの対策、ネットワーク障害対策等／障害や攻撃に対する監視、検知、解析、防御対策等',
          'Network and communications: protection against viruses and malware, unauthorised access and network failures; monitoring, detecting, analysing and defending against failures and attacks',
        ),
      },
      {
        key: 'data-center',
        text: t(
          'データセンターに関する対策：防犯設備、入退室管理、災害対応、監視体制等／電源や冷却設備の二重化、予備電源の確保等',
          'Data centre: crime prevention, control of who enters, disaster measures, monitoring; duplicated power and cooling, backup power',
        ),
      },
      {
        key: 'operations',
        text: t(
          'データセンターの運用に関する管理：運転要員の信頼性確認、勤務状況・作業内容のモニタリング等／システムへのアクセス権限や管理者特権の管理、操作ログの管理等',
          'Data centre operations: background checks on operators, monitoring of their attendance and work; control of access rights and administrator privileges, management of operation logs',
        ),
      },
      {
        key: 'standards',
        text: t(
          '公的機関の指針や、情報セキュリティ・データ保護に関する基準類に基づく運用管理、情報開示、認定や認証が行われているか（参考欄の例）',
          'Is the provider run, disclosing information, or certified according to public guidelines or information security and data protection standards? (see the examples listed)',
        ),
      },
    ],
    references: [
      t('経済産業省：SaaS向けSLAガイドライン', 'METI (Ministry of Economy, Trade and Industry): SLA Guidelines for SaaS'),
      t('経済産業省：情報セキュリティ報告書モデル', 'METI: Information Security Report Model'),
      t(
        '経済産業省：クラウドサービス利用のための情報セキュリティマネジメントガイドライン',
        'METI: Information Security Management Guidelines for the Use of Cloud Computing Services',
      ),
      t(
        '総務省：ASP・SaaSにおける情報セキュリティ対策ガイドライン',
        'MIC (Ministry of Internal Affairs and Communications): Information Security Guidelines for ASP/SaaS',
      ),
      t(
        '総務省：データセンターの安全・信頼性に係る情報開示指針',
        'MIC: Guidelines for Disclosing Information on the Safety and Reliability of Data Centres',
      ),
      t(
        'ISMS（情報セキュリティマネジメントシステム）適合性評価制度',
        'ISMS (information security management system) conformity assessment scheme',
      ),
      t(
        'ITSMS（ITサービスマネジメントシステム）適合性評価制度',
        'ITSMS (IT service management system) conformity assessment scheme',
      ),
      t('日本情報経済社会推進協会：プライバシーマーク制度', 'JIPDEC: PrivacyMark System'),
      t(
        'マルチメディア振興センター：ASP・SaaS安全・信頼性に係る情報開示認定制度',
        'FMMC (Foundation for MultiMedia Communications): certification of information disclosure on the safety and reliability of ASP/SaaS',
      ),
      t(
        'PCI DSS（クレジットカード業界の定めるデータセキュリティ基準）',
        'PCI DSS (the credit card industry’s data security standard)',
      ),
      t(
        '米国会計監査基準におけるSAS70 TypeII監査（日本においては日本公認会計士協会の定める18号監査）による、内部統制に関わる監査報告',
        'Audit reports on internal controls under the US auditing standard SAS 70 Type II (in Japan, the “No. 18” audit set by the Japanese Institute of Certified Public Accountants)',
      ),
    ],
    facts: [
      {
        // ISMS, Pマーク, PCI DSS, ITSMS and the ASP・SaaS disclosure certification are named by the guide;
        // ISMAP and SOC 2 are what SMEs meet today (product brief), and the help says the guide predates them.
        kind: 'multi-enum',
        key: 'certifications',
        label: t('認証・第三者評価', 'Certifications and third-party assessments'),
        help: t(
          'ISMAP（2020年開始）とSOC 2は手引きに記載がなく、現在広く使われているため加えています。',
          'ISMAP (started in 2020) and SOC 2 are not named in the guide; they are included because they are widely used today.',
        ),
        options: [
          { key: 'isms', text: t('ISMS（ISO/IEC 27001）', 'ISMS (ISO/IEC 27001)') },
          { key: 'ismap', text: t('ISMAP', 'ISMAP (Japanese government cloud security assessment)') },
          { key: 'pmark', text: t('プライバシーマーク', 'PrivacyMark') },
          { key: 'soc2', text: t('SOC 2', 'SOC 2') },
          { key: 'pci-dss', text: t('PCI DSS', 'PCI DSS') },
          { key: 'itsms', text: t('ITSMS（ISO/IEC 20000）', 'ITSMS (ISO/IEC 20000)') },
          {
            key: 'asp-saas-disclosure',
            text: t(
              'ASP・SaaS安全・信頼性に係る情報開示認定',
              'ASP/SaaS safety and reliability information disclosure certification',
            ),
          },
        ],
      },
      {
        kind: 'text',
        key: 'otherCertifications',
        maxLength: 200,
        label: t('その他の認証・第三者評価', 'Other certifications or assessments'),
      },
    ],
  },
];
