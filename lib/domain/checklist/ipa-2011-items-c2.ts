// Group C of ipa-2011, items (12)–(14): support, data on exit and contract terms (split from
// ipa-2011-items-c1.ts only to keep files short; the group is one list in ipa-2011.ts).
import { t } from './localized-text';
import type { ChecklistItem } from './types';

export const itemsC2: readonly ChecklistItem[] = [
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
