// Group C of ipa-2011: items (9)–(14), 「クラウドサービスの提供条件等についての確認項目」.
// These are the provider-side items, so they carry the structured facts that candidates are compared on.
import { t } from './localized-text';
import type { ChecklistItem } from './types';

export const itemsC: readonly ChecklistItem[] = [
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
  {
    key: 'item-12',
    number: 12,
    group: 'C',
    question: t('利用者サポート', 'User support'),
    content: t(
      'サービスの使い方がわからないときの支援（ヘルプデスクやFAQ）は提供されていますか？',
      'Is help available (such as a help desk or FAQ) when you don’t know how to use the service?',
    ),
    explanation: t(
      'ユーザ支援のための施策として、ウェブサイトに公開されたよくある質問集（FAQ）、動画等を用いた取扱説明、使い方に関する質問を受け付けてくれるヘルプデスク（カスタマー窓口）等があります。これらのユーザサポート施策が充実していて安心できるか確認しましょう。ユーザサポート窓口については、連絡方法・連絡先、受付時間、料金を確認します。一度ためしに連絡して対応を確認してみてもよいでしょう。',
      'Support for users can include frequently asked questions (FAQ) on the website, how-to guides using video and the like, and a help desk (customer contact point) that answers questions about using the service. Check that this support is good enough for you to rely on. For the support desk, check how to contact it, when it is open and what it costs. You may want to contact it once as a test to see how it responds.',
    ),
    subPoints: [
      {
        key: 'support-measures',
        text: t(
          'よくある質問集（FAQ）、動画等を用いた取扱説明、ヘルプデスク（カスタマー窓口）等のユーザサポート施策が充実しているか',
          'Is there enough user support: FAQ, how-to guides using video and the like, a help desk (customer contact point)?',
        ),
      },
      {
        key: 'channels',
        text: t(
          '窓口の連絡方法・連絡先（電話、メール、その他の手段）',
          'How to contact the support desk (phone, email or other means)',
        ),
      },
      {
        key: 'hours',
        text: t(
          '受付時間（自社の利用パターンと合致するか、業務時間外に連絡が必要となるかを検討する）',
          'Support hours (do they match when you use the service; will you need to contact them outside business hours?)',
        ),
      },
      {
        key: 'fee',
        text: t(
          '料金（問合せが月額料金に含まれているか、追加で料金が必要か）',
          'Fees (are enquiries included in the monthly fee, or do they cost extra?)',
        ),
      },
      {
        key: 'try-contact',
        text: t(
          '一度ためしに連絡して対応を確認する',
          'Contact the support desk once as a test to see how it responds',
        ),
      },
    ],
    facts: [
      {
        kind: 'multi-enum',
        key: 'supportChannels',
        label: t('サポートの手段', 'Ways to get support'),
        options: [
          { key: 'phone', text: t('電話', 'Phone') },
          { key: 'email', text: t('メール', 'Email') },
          { key: 'web-form', text: t('問い合わせフォーム', 'Web contact form') },
          { key: 'chat', text: t('チャット', 'Chat') },
          { key: 'faq', text: t('よくある質問集（FAQ）', 'FAQ') },
          { key: 'video', text: t('動画等による取扱説明', 'How-to videos') },
        ],
      },
      {
        kind: 'enum',
        key: 'supportHours',
        label: t('受付時間', 'Support hours'),
        options: [
          { key: 'business-hours', text: t('平日の営業時間内', 'Weekday business hours') },
          { key: 'extended', text: t('夜間・休日も対応', 'Also evenings, weekends and holidays') },
          { key: '24x7', text: t('24時間365日', '24 hours a day, every day') },
        ],
      },
      {
        kind: 'text',
        key: 'supportHoursNote',
        maxLength: 200,
        label: t('受付時間の詳細', 'Support hours in detail'),
        help: t('例：平日9:00〜18:00（年末年始を除く）', 'e.g. weekdays 9:00–18:00, closed over New Year'),
      },
      {
        kind: 'enum',
        key: 'supportFee',
        label: t('問い合わせの料金', 'Cost of support'),
        options: [
          { key: 'included', text: t('月額料金に含まれる', 'Included in the monthly fee') },
          { key: 'partly-paid', text: t('一部有料', 'Partly paid') },
          { key: 'paid', text: t('追加料金が必要', 'Costs extra') },
        ],
      },
    ],
  },
  {
    key: 'item-13',
    number: 13,
    group: 'C',
    question: t('利用終了時のデータの確保', 'Getting your data back when you leave'),
    content: t(
      'サービスの利用が終了したときの、データの取扱い条件について確認しましょう。',
      'Check how your data will be handled when you stop using the service.',
    ),
    explanation: t(
      'クラウドサービスの利用を何らかの理由で終了する場合には、クラウドに預けてあったデータを自社内のシステムに戻したり、他のサービス事業者に預け直したりすることが必要になります。この作業がスムーズに支障なく行われるように、次の事項を確認しましょう。',
      'If you stop using the service for any reason, you will need to bring the data you kept there back into your own systems or move it to another provider. To make sure this goes smoothly, check the following.',
    ),
    subPoints: [
      {
        key: 'return-timing',
        text: t(
          'データが必要なタイミングで返却されるか（あるいは随時ローカルコピーが可能か。そのスピードはデータ量に比して十分高速か）',
          'Will your data be returned when you need it? (Or can you make a local copy at any time, fast enough for the amount of data?)',
        ),
      },
      {
        key: 'format',
        text: t(
          'データが返却される場合のデータのフォーマットは、他のシステムとの互換性が確保されているか',
          'Is the returned data in a format that other systems can use?',
        ),
      },
      {
        key: 'deletion',
        text: t(
          '利用が終了し、データが返却された後で、クラウドのシステム上に残るデータは確実に消去され、第三者による再利用や悪用が起こらないよう対策されているか',
          'After you leave and your data has been returned, is what remains on the provider’s systems reliably deleted so that no third party can reuse or misuse it?',
        ),
      },
    ],
    facts: [
      {
        kind: 'boolean',
        key: 'exportAnytime',
        label: t('随時データを取り出せる（エクスポート）', 'You can export your data at any time'),
      },
      {
        kind: 'multi-enum',
        key: 'exportFormats',
        label: t('取り出し・返却時のデータ形式', 'Format of exported or returned data'),
        options: [
          { key: 'csv', text: t('CSV', 'CSV') },
          { key: 'excel', text: t('Excel形式', 'Excel') },
          { key: 'json', text: t('JSON', 'JSON') },
          { key: 'xml', text: t('XML', 'XML') },
          { key: 'pdf', text: t('PDF', 'PDF') },
          { key: 'proprietary', text: t('独自形式', 'The provider’s own format') },
        ],
      },
      {
        kind: 'integer',
        key: 'returnPeriodDays',
        min: 0,
        max: 3_650,
        label: t('終了後にデータを取り出せる期間', 'How long after leaving you can still get your data'),
        unit: t('日', 'days'),
      },
      {
        kind: 'boolean',
        key: 'deletionOnExit',
        label: t(
          '終了後のデータ消去が規約等に明記されている',
          'The terms state that your data is deleted after you leave',
        ),
      },
    ],
  },
  {
    key: 'item-14',
    number: 14,
    group: 'C',
    question: t('契約条件の確認', 'Contract terms'),
    content: t('一般的契約条件の各項目について確認しましょう。', 'Check each of the standard contract terms.'),
    explanation: t(
      'クラウドサービスの利用に際しては、通常、サービスを提供するウェブサイトに利用のための契約約款が表示され、「同意します」ボタンをクリックすることで契約が成立します。書面による契約と同じ効力を持ちますので、クリックする前に契約条件を確認しておきましょう。取引の内容を規定する部分以外にも、以下のような注意すべき項目があります。',
      'With cloud services, the terms of use are usually shown on the provider’s website and the contract is made when you click an “I agree” button. That click has the same effect as signing a paper contract, so check the terms before you click. Besides the parts that describe the service itself, watch out for the following.',
    ),
    subPoints: [
      {
        key: 'pricing',
        text: t('利用価格の体系や適用条件', 'Price structure and the conditions for each price'),
      },
      {
        key: 'price-change',
        text: t(
          '価格の変更に関する規定（通知期間、通知方法、不同意の場合の処理等）',
          'Price changes (notice period, how you are told, what happens if you do not agree, etc.)',
        ),
      },
      {
        key: 'service-change',
        text: t(
          'サービスの変更に関する規定（内容、方法、通知期間、通知方法、不同意の場合の処理等）',
          'Changes to the service (what and how, notice period, how you are told, what happens if you do not agree, etc.)',
        ),
      },
      {
        key: 'confidentiality',
        text: t(
          '守秘義務（ベンダ側、ユーザ側、双方同等。ベンダ側のユーザ情報に関する守秘義務やユーザ側の義務について注意が必要）',
          'Confidentiality (on the provider, on you, or equal for both; look closely at the provider’s duty to keep your information confidential and at your own obligations)',
        ),
      },
      {
        key: 'liability',
        text: t(
          '損害賠償規定（ベンダ側の原因でデータが失われた場合やサービス障害の波及損害に対する賠償規定があるか、それは十分か）',
          'Compensation for damage (are you compensated if data is lost through the provider’s fault, or for knock-on damage from an outage, and is it enough?)',
        ),
      },
      {
        key: 'renewal',
        text: t(
          '契約の満期終了と更新に関する規定（契約期間、自動更新規定があるか、更新しない（する）場合の通知期間・通知方法等）',
          'Expiry and renewal (contract period, whether it renews automatically, and the notice period and method if you want to renew or not)',
        ),
      },
      {
        key: 'termination',
        text: t(
          '契約の解除に関する規定（ベンダ側が一方的に解除できる条件でないか、ユーザ側が解除する場合のペナルティ等はないか等）',
          'Cancellation (can the provider cancel one-sidedly, and is there a penalty if you cancel?)',
        ),
      },
      {
        key: 'exit-duties',
        text: t(
          '契約の終了・解除に伴う処理等の規定（終了時のベンダの義務、ユーザの権利が規定されているか、それは妥当か。終了時のデータの返還や、返還後にクラウド上のデータを完全消去すること等が明記されているか）',
          'What happens at the end (are the provider’s duties and your rights on termination set out and reasonable; does it say your data will be returned and then completely deleted from the cloud?)',
        ),
      },
    ],
    facts: [
      {
        kind: 'integer',
        key: 'contractTermMonths',
        min: 0,
        max: 120,
        label: t('契約期間', 'Contract period'),
        help: t('期間の定めがない場合は0。', 'Enter 0 if there is no fixed period.'),
        unit: t('か月', 'months'),
      },
      {
        kind: 'boolean',
        key: 'autoRenewal',
        label: t('自動更新あり', 'Renews automatically'),
      },
      {
        kind: 'integer',
        key: 'noticePeriodDays',
        min: 0,
        max: 365,
        label: t('更新しない場合の通知期限', 'Notice needed to stop renewal'),
        help: t('契約満了の何日前までに通知が必要か。', 'How many days before the end of the contract you must give notice.'),
        unit: t('日前', 'days before'),
      },
      {
        kind: 'enum',
        key: 'liability',
        label: t('損害賠償の範囲', 'Provider’s liability for damage'),
        options: [
          { key: 'excluded', text: t('賠償しない（免責）', 'None (provider excludes liability)') },
          { key: 'fees-cap', text: t('支払済み利用料金が上限', 'Capped at the fees you paid') },
          { key: 'other-cap', text: t('その他の上限あり', 'Capped in another way') },
          { key: 'no-cap', text: t('上限の定めなし', 'No cap stated') },
        ],
      },
      {
        kind: 'text',
        key: 'liabilityNote',
        maxLength: 500,
        label: t('損害賠償規定の要点', 'Key points of the liability clause'),
      },
    ],
  },
];
