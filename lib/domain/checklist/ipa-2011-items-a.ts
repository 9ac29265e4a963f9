// Group A of ipa-2011: items (1)–(4), 「クラウドサービスの利用範囲についての確認項目」.
// question/content are the appendix check sheet's 項目/内容 verbatim (spaces that PDF extraction put between
// Japanese and Latin characters removed); explanations and sub-points condense the guide's section 4 text.
import { t } from './localized-text';
import type { ChecklistItem } from './types';

const JPY_MAX = 10_000_000_000;

export const itemsA: readonly ChecklistItem[] = [
  {
    key: 'item-01',
    number: 1,
    group: 'A',
    question: t('利用範囲の明確化', 'Define the scope of use'),
    content: t(
      'クラウドサービスでどの業務、どの情報を扱うかを検討し、業務の切り分けや運用ルールの設定を行いましたか？',
      'Have you decided which work and which information the cloud service will handle, separated that work from the rest, and set rules for how it will be used?',
    ),
    explanation: t(
      'まず、社内のどんな業務のどの範囲をクラウドサービスに移行すべきかを判断します。どのような業務でどんな負荷・負担が発生しているかを整理し、(2)で確認するサービスとコストと照らし合わせながら、移行する業務範囲と、そこで取扱う情報の種類・範囲を決定します。その際、導入に伴って発生する問題を明確にしておく必要があります。業務の特定部分を取り出して別のシステムに移せるか、既存のシステムや処理との連携に問題はないかなど、既存の業務やシステムへの影響を検討しましょう。最初は電子メール、セキュアストレージなどに範囲を限って始めたり、重要な情報（個人情報や機密情報）を外部に預けないように範囲を区切ったりすることも検討に値します。',
      'First decide which parts of which work should move to the cloud. List where your work currently causes load and effort, compare that with the services and costs you look at in item 2, and then fix the scope of work to move and the kinds and range of information it involves. At the same time, make clear what problems the move will bring: can that part of your IT-based work be taken out and moved to another system, and will it still work together with your other systems and processes? Think through the impact on your existing work and systems. It can make sense to start small, for example with email or secure online storage only, or to draw the line so that important information (personal data, confidential information) is not handed to an outside company.',
    ),
    subPoints: [
      {
        key: 'burden',
        text: t(
          'どのような業務でどんな負荷・負担が発生しているかを整理する',
          'List which work currently causes what load and effort',
        ),
      },
      {
        key: 'scope',
        text: t(
          '(2)で確認するサービスとコストに照らして、クラウドサービスに移行する業務範囲と、そこで取扱う情報の種類・範囲を決定する',
          'Compare with the services and costs from item 2, then decide the scope of work to move and the kinds and range of information involved',
        ),
      },
      {
        key: 'separable',
        text: t(
          'ITで処理している業務の特定部分を取り出して、別のシステムに移せるかを確認する',
          'Check that the relevant part of your IT-based work can be taken out and moved to another system',
        ),
      },
      {
        key: 'integration',
        text: t(
          '他の既存のシステムや処理との連携に問題がないかを確認する',
          'Check that it will still work together with your other existing systems and processes',
        ),
      },
      {
        key: 'impact',
        text: t(
          'クラウドサービスの導入が既存の業務やシステムに与える影響を検討する',
          'Think through the impact of the move on your existing work and systems',
        ),
      },
      {
        key: 'start-small',
        text: t(
          '最初は電子メール、セキュアストレージなどに対象範囲を限って利用を始めることも検討する',
          'Consider starting with a limited scope, such as email or secure online storage',
        ),
      },
      {
        key: 'keep-important-info',
        text: t(
          '重要な情報（個人情報や機密情報）を外部に預けないように範囲を区切ることも検討する',
          'Consider drawing the line so that important information (personal data, confidential information) is not handed to an outside company',
        ),
      },
    ],
    facts: [],
  },
  {
    key: 'item-02',
    number: 2,
    group: 'A',
    question: t('サービスの種類とコスト', 'Type of service and cost'),
    content: t(
      '業務に合うクラウドサービスを選定し、コストについて確認しましたか？',
      'Have you chosen a cloud service that fits your work and checked what it will cost?',
    ),
    explanation: t(
      '様々なクラウドサービスが、様々なクラウド事業者から提供されています。サービス内容や特徴を調べて比較し、自社の業務に適したサービスを選択しましょう。導入と運用に関するコストを試算してメリットを確認します（同条件で必要なコストを比べてもよいでしょう）。専任または兼務のIT管理・運用要員やIT資産が不要になる場合はコスト面の利点が大きく、サーバの更新時期に合わせて切り替える方法も効果的です。導入コストだけでなく、間接費も含めた月々の運用コストを調べ、将来利用規模を拡大した場合にどの程度のコスト増となるかもシミュレーションしておきましょう。自社所有のITコスト（システムコスト＋運用コスト）とクラウドの利用コストの関係は、処理量に対する金額のモデルで比べることができます。',
      'Many providers offer many kinds of cloud service. Research and compare what each offers and pick the one that suits your work. Estimate the cost of introducing and running it and confirm that it pays off (comparing costs under the same conditions also helps). The cost advantage is large if you no longer need staff (full- or part-time) to manage and run IT, or IT equipment of your own; switching when your servers are due for replacement is also effective. Look not only at the start-up cost but also at the monthly running cost including indirect costs, and simulate how much the cost would rise if you use the service more in the future. Owning IT (system cost plus running cost) and using the cloud can be compared as cost against the volume of work processed.',
    ),
    subPoints: [
      {
        key: 'compare-services',
        text: t(
          'サービス内容や特徴を調べて比較し、自社の業務に適したサービスを選択する',
          'Research and compare what the services offer and choose one that suits your work',
        ),
      },
      {
        key: 'estimate-cost',
        text: t(
          'クラウドサービスの導入と運用に関するコストを試算してメリットを確認する（同条件で必要なコストを比べてもよい）',
          'Estimate the cost of introducing and running the service and confirm that it pays off (you can compare costs under the same conditions)',
        ),
      },
      {
        key: 'staff-and-assets',
        text: t(
          'これまで必要だったIT管理・運用要員（専任または兼務）やIT資産が不要になるかを確認する（不要になる場合はコスト面の利点が大きい）',
          'Check whether staff who manage and run IT (full- or part-time) or IT equipment you own will no longer be needed; if so, the cost advantage is large',
        ),
      },
      {
        key: 'server-renewal',
        text: t(
          'サーバの更新時期に合わせてクラウドサービスに切り替えることを検討する',
          'Consider switching when your servers are due for replacement',
        ),
      },
      {
        key: 'monthly-cost',
        text: t(
          '導入コストだけでなく、間接費も含めた月々の運用コストについても調べる',
          'Look at the monthly running cost including indirect costs, not only the start-up cost',
        ),
      },
      {
        key: 'scale-up',
        text: t(
          '将来、利用の規模を拡大した場合にどの程度のコスト増となるかをシミュレーションする',
          'Simulate how much the cost would rise if you expand your use in the future',
        ),
      },
    ],
    references: [
      t('財務会計', 'Financial accounting'),
      t('経理', 'Bookkeeping'),
      t('人事管理', 'HR management'),
      t('給与計算', 'Payroll'),
      t('税務申告', 'Tax filing'),
      t('グループウェア', 'Groupware'),
      t('セキュリティ対策', 'Security services'),
      t('販売管理', 'Sales management'),
      t('プロジェクト管理', 'Project management'),
      t('インターネットバンキング', 'Internet banking'),
      t('社会保険手続き', 'Social insurance procedures'),
      t('顧客商談管理', 'Customer and sales deal management'),
      t('仕入れ・在庫管理', 'Purchasing and inventory management'),
      t('CAD', 'CAD (computer-aided design)'),
      t('データ配信', 'Data distribution'),
      t('データ管理', 'Data management'),
      t('省エネ管理', 'Energy-saving management'),
      t('電子メール', 'Email'),
      t('事務処理系アプリケーション', 'Office applications'),
    ],
    facts: [
      {
        kind: 'money',
        key: 'initialCost',
        currency: 'JPY',
        max: JPY_MAX,
        label: t('初期費用', 'Initial cost'),
        help: t(
          '導入時に一度だけかかる費用の合計。税込・税抜は候補間でそろえてください。',
          'Total one-off cost to get started. Use the same basis (with or without consumption tax) for every candidate.',
        ),
        unit: t('円', 'yen'),
      },
      {
        kind: 'money',
        key: 'monthlyCost',
        currency: 'JPY',
        max: JPY_MAX,
        label: t('月額利用料', 'Monthly fee'),
        help: t(
          '想定利用者数で使った場合の月々の利用料金の合計。年額制の場合は12で割った額。',
          'Total monthly fee for the number of users you plan. For an annual plan, the annual fee divided by 12.',
        ),
        unit: t('円', 'yen'),
      },
      {
        // The guide asks for running cost "including indirect costs", not just the provider's fee.
        kind: 'money',
        key: 'monthlyIndirectCost',
        currency: 'JPY',
        max: JPY_MAX,
        label: t('月々の間接費（見込み）', 'Monthly indirect cost (estimate)'),
        help: t(
          '社内での管理・運用の手間など、利用料以外に毎月かかる費用の見込み。',
          'Estimated monthly cost besides the fee, such as your own staff time for managing the service.',
        ),
        unit: t('円', 'yen'),
      },
      {
        kind: 'integer',
        key: 'users',
        min: 0,
        max: 1_000_000,
        label: t('想定利用者数', 'Planned number of users'),
        unit: t('人', 'users'),
      },
      {
        // Options follow section 2 of the guide (usage-proportional, fixed monthly, annual) plus per-user,
        // the usual SaaS model, so monthly figures of different candidates can be read correctly.
        kind: 'enum',
        key: 'pricingModel',
        label: t('料金体系', 'Pricing model'),
        options: [
          { key: 'per-user', text: t('利用者数に応じた月額', 'Monthly fee per user') },
          { key: 'monthly-fixed', text: t('月額固定', 'Fixed monthly fee') },
          { key: 'usage-based', text: t('利用時間・利用量に比例', 'In proportion to time or volume used') },
          { key: 'annual', text: t('年額制', 'Annual fee') },
        ],
      },
    ],
  },
  {
    key: 'item-03',
    number: 3,
    group: 'A',
    question: t('扱う情報の重要度', 'Importance of the information handled'),
    content: t(
      'クラウドサービスで取扱う情報の管理レベルについて確認しましたか？',
      'Have you checked how carefully the information handled in the cloud service needs to be managed?',
    ),
    explanation: t(
      'プライバシーや企業秘密に係る情報をクラウドサービスで取扱う場合には適切な管理が必要です。情報の性質や重要度を考慮して、クラウドサービスで取扱って問題がないか、外部に預けてよい情報かを検討しましょう。例えば個人情報をクラウドサービスで取扱うためには、個人情報保護法に基づき、委託先の適切な監督義務が生じる場合があります。また、その情報が失われた場合の経営にとってのダメージ（競争力の喪失、顧客の喪失、信用の失墜、預金等の不正引出し、経営管理情報の紛失等）を評価しておきましょう。',
      'Information about people’s privacy or your trade secrets needs proper management when it is handled in a cloud service. Considering the nature and importance of the information, decide whether it is fine to handle it in the cloud and whether it may be entrusted to an outside company at all. For example, if personal data is handled in the service, the Act on the Protection of Personal Information can oblige you to supervise the provider properly. Also assess how badly the business would be hurt if the information were lost: losing your competitive edge or customers, damage to your reputation, fraudulent withdrawal of deposits, loss of management information, and so on.',
    ),
    subPoints: [
      {
        key: 'suitable',
        text: t(
          '情報の性質や重要度を考慮して、クラウドサービスで取扱って問題がないかを検討する',
          'Considering the nature and importance of the information, decide whether it is fine to handle it in the cloud service',
        ),
      },
      {
        key: 'entrustable',
        text: t(
          '情報が外部預託可能なものであるかを検討する（例：個人情報は、個人情報保護法に基づき委託先の適切な監督義務が生じる場合がある）',
          'Check whether the information may be entrusted to an outside company (e.g. for personal data, the Act on the Protection of Personal Information may oblige you to supervise the provider)',
        ),
      },
      {
        key: 'damage',
        text: t(
          'その情報が失われた場合の、経営にとってのダメージを評価する',
          'Assess the damage to the business if the information were lost',
        ),
      },
    ],
    // Importance is a property of the decision's information, not of a candidate service: it lives in the
    // template's infoImportance, so no per-candidate facts here.
    facts: [],
  },
  {
    key: 'item-04',
    number: 4,
    group: 'A',
    question: t('ポリシーやルールとの整合性', 'Fit with your policies and rules'),
    content: t(
      'セキュリティ上のルールとクラウドサービスの活用の間に矛盾や不一致が生じませんか？',
      'Is there any conflict or mismatch between your security rules and the way you will use the cloud service?',
    ),
    explanation: t(
      '会社のセキュリティポリシーやルールで、社外に情報を置くことを禁止していたり、外部委託に関する制限をしていたりすると、クラウドサービスの利用が難しくなる場合があります。それらを変更してでもクラウドを利用する価値が大きいと判断できる場合には、情報をクラウド事業者に預けられるように規則を見直し、ITの利活用の実態に整合させることが望ましいでしょう。その場合は、クラウドサービス使用時に起きうるトラブルに伴う不都合が、業務の上で許容される範囲内に抑えられることを確認しましょう。情報や情報処理プロセスを外部に預けるメリットと、利用に伴うリスクの許容可能な範囲とを理解した上で活用してください。',
      'If your security policy or rules forbid keeping information outside the company or restrict outsourcing, using a cloud service may be difficult. If you judge that the cloud is valuable enough to change them, it is best to revise those rules so that information may be entrusted to a cloud provider and the rules match how you actually use IT. In that case, make sure the inconvenience that trouble with the service could cause would stay within what your business can tolerate. Use the service once you understand both the benefit of entrusting information and its processing to an outside company and how much risk you can accept.',
    ),
    subPoints: [
      {
        key: 'check-rules',
        text: t(
          '会社のセキュリティポリシーやルールが、社外に情報を置くことを禁止していたり、外部委託を制限していたりしないかを確認する',
          'Check whether your security policy or rules forbid keeping information outside the company or restrict outsourcing',
        ),
      },
      {
        key: 'revise-rules',
        text: t(
          'ルールを変更してでもクラウドを利用する価値が大きいと判断できる場合は、情報をクラウド事業者に預けられるように規則を見直し、ITの利活用の実態に整合させる',
          'If the cloud is worth changing those rules for, revise them so that information may be entrusted to a cloud provider and they match how you actually use IT',
        ),
      },
      {
        key: 'tolerable',
        text: t(
          'クラウドサービス使用時に起きうるトラブルに伴う不都合が、業務の上で許容される範囲内に抑えられることを確認する',
          'Make sure the inconvenience that trouble with the service could cause stays within what your business can tolerate',
        ),
      },
      {
        key: 'benefit-vs-risk',
        text: t(
          '情報や情報処理プロセスを外部に預けるメリットと、利用に伴うリスクの許容可能な範囲とを理解する',
          'Understand both the benefit of entrusting information and its processing to an outside company and how much risk you can accept',
        ),
      },
    ],
    facts: [],
  },
];
