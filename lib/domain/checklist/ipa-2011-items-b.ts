// Group B of ipa-2011: items (5)–(8), 「クラウドサービスの利用準備についての確認項目」.
// question/content follow the appendix check sheet verbatim; see ipa-2011.ts for where it differs from section 4.
import { t } from './localized-text';
import type { ChecklistItem } from './types';

export const itemsB: readonly ChecklistItem[] = [
  {
    key: 'item-05',
    number: 5,
    group: 'B',
    // Check sheet wording. Section 4's table says 「利用管理担当者」 and 「特性を理解した利用管理担当者」 for the
    // same item; the explanation below uses that fuller term so both spellings stay visible.
    question: t('担当者', 'Person in charge'),
    content: t(
      'クラウドサービスの特徴を理解した担当者を社内に確保しましたか？',
      'Have you appointed someone in your company who understands how cloud services work to look after this one?',
    ),
    explanation: t(
      'クラウドサービスに関する業務を行う利用管理担当者が社内に最低1人は必要です（専任でなく兼務でも構いません。ITの利用に詳しい人であれば適任の可能性が高いです）。利用管理担当者は、IT管理責任者の指示と監督の下、クラウドの利用に際しての各種設定を行う等、IT担当者と同等の業務を行います。その役割として次のようなことが考えられます。また、自社だけで判断が困難な事項が生じた際に相談できる先（ITコーディネータなどのコンサルタント、税理士等の専門家、日頃付き合いのあるIT機器や事務機の販売店など）を社外に確保しておくとよいでしょう。',
      'You need at least one person in the company who looks after the cloud service (it can be part of another job; someone familiar with using IT is likely to be a good fit). Under the direction and supervision of the person responsible for IT, this person does the same kind of work as IT staff, such as configuring the service. Their role can include the tasks below. It also helps to have someone outside the company to ask when a question comes up that you cannot settle yourselves, for example a consultant such as an IT coordinator, a professional such as your tax accountant, or the shop you usually buy IT or office equipment from.',
    ),
    subPoints: [
      {
        key: 'appoint',
        text: t(
          '利用管理担当者を社内に最低1人確保する（専任でなく兼務でも構わない）',
          'Appoint at least one person in the company to look after the service (it can be part of another job)',
        ),
      },
      {
        key: 'accounts',
        text: t(
          '役割：ユーザアカウントの登録や抹消の処理（誰にどこまでの処理をさせるかを会社の方針に基づいてクラウドサービス上で設定する）',
          'Role: add and remove user accounts (set up in the service who may do what, following company policy)',
        ),
      },
      {
        key: 'manuals',
        text: t(
          '役割：クラウドサービスの利用マニュアルの整備や利用方法の指導',
          'Role: prepare manuals and show colleagues how to use the service',
        ),
      },
      {
        key: 'helpdesk',
        text: t(
          '役割：クラウドサービスの利用者に対するヘルプデスク',
          'Role: act as the help desk for colleagues who use the service',
        ),
      },
      {
        key: 'data-copy',
        text: t(
          '役割：クラウドサービスに置くデータの定期的な複製',
          'Role: regularly copy the data kept in the service',
        ),
      },
      {
        key: 'incidents',
        text: t(
          '役割：クラウドサービスに障害が生じた場合のクラウド事業者との連絡調整や、必要に応じて迂回処置等の検討・実施',
          'Role: when the service fails, deal with the provider and, if needed, plan and carry out a workaround',
        ),
      },
      {
        key: 'capacity',
        text: t(
          '役割：クラウドサービスでの処理量の増減に応じたサービス利用量の調整',
          'Role: adjust how much of the service you use as your workload grows or shrinks',
        ),
      },
      {
        key: 'outside-advisor',
        text: t(
          '自社だけで判断が困難な事項が生じた際に相談できる先を社外に確保する',
          'Have someone outside the company to ask when you cannot decide something yourselves',
        ),
      },
    ],
    facts: [],
  },
  {
    key: 'item-06',
    number: 6,
    group: 'B',
    question: t('ユーザ管理', 'User management'),
    content: t(
      'クラウドサービスのユーザについて適切に管理できますか？',
      'Can you properly manage the people who use the cloud service?',
    ),
    explanation: t(
      'クラウドサービスの利用の際には適切なユーザ管理が必要です。ユーザ管理とは、実際に業務のためにクラウドを利用する人について、その権限等を定めて管理することです。業務ごとに利用する従業者を登録して他の者がアクセスできないようにし（アクセス管理）、誰にどの業務・どの情報についてどのような操作を許可するかを決め（権限管理）、利用者一人一人にIDとパスワードの対（ユーザアカウント）を用意します。複数人でアカウントを共有すると、権限外の処理を誘発したり、責任をあいまいにしたりします。ルール通りに利用・運用ができているかを定期的に管理するために管理者用のアカウントも用意し、管理者の権限は必要な人に限って与えましょう。',
      'Using a cloud service requires proper user management: deciding and controlling what each person who uses it for work is allowed to do. Register the employees who use the service for each kind of work and keep everyone else out (access control); decide who may do what with which work and which information (permissions); and give every user their own ID and password (a user account). Sharing one account among several people invites actions beyond someone’s permissions and blurs who is responsible. Also set up an administrator account so you can regularly check that the service is used and run according to your rules, and give administrator rights only to the people who need them.',
    ),
    subPoints: [
      {
        key: 'access',
        text: t(
          'クラウドサービスの業務ごとに、利用する従業者を登録し、他の者はアクセスできないようにする（アクセス管理）',
          'For each kind of work in the service, register the employees who use it and keep everyone else out (access control)',
        ),
      },
      {
        key: 'permissions',
        text: t(
          '利用者について、どの業務・どの情報についてどのような操作・処理を許可するのかを決定する（権限管理）',
          'Decide, for each user, what they may do with which work and which information (permissions)',
        ),
      },
      {
        key: 'own-account',
        text: t(
          '利用者一人一人について、IDとパスワードの対（ユーザアカウント）を用意する（複数人での共有は、権限外の処理を誘発したり、責任をあいまいにしたりする）',
          'Give every user their own ID and password (user account); sharing an account invites actions beyond someone’s permissions and blurs responsibility',
        ),
      },
      {
        key: 'admin-account',
        text: t(
          'ルール通りに利用・運用ができているかを定期的に管理するために、管理者用のアカウントを用意する',
          'Set up an administrator account to check regularly that the service is used and run according to your rules',
        ),
      },
      {
        key: 'limit-admin',
        text: t('管理者の権限は必要な人に限って与える', 'Give administrator rights only to the people who need them'),
      },
    ],
    facts: [],
  },
  {
    key: 'item-07',
    number: 7,
    group: 'B',
    question: t('パスワード', 'Passwords'),
    content: t('パスワードの適切な設定・管理は実施できますか？', 'Can you set and manage passwords properly?'),
    // Faithful to the 2011 guide, including its advice to change passwords regularly; newer guidance
    // (e.g. NIST SP 800-63B) no longer recommends forced periodic changes. A later template may differ.
    explanation: t(
      'クラウドサービス利用者のパスワードは他人に推測されにくいものを設定し、他人に見破られないようにしましょう。また、定期的に変更するなど、他人のなりすましによる悪用を防ぐように管理する必要があります。パスワードを忘れてアクセスできなくなると、業務に支障をきたしたり必要なデータを使えなくなったりするため、忘れないように管理する（一定のルールで記録し、利用者以外の者が別の場所で保管する等）、復元する方法を用意する（生成の方法とパラメータを別々に管理する等）といった措置も必要です。クラウド事業者がパスワードリセットの仕組みを提供しているかをあらかじめ確認し、提供されている場合は、リセット要求を誰が出して誰が受け付けるのか、要求者の本人確認の仕組み、あらかじめ登録した特定の人からしか要求できないか等を確認しましょう。誰でも勝手にリセットできる状態では、権限違反やなりすましのリスクがあります。手続が郵送ベースだけ等でリードタイムが長い場合は、その間に支障をきたさない備えも必要です。',
      'Each user’s password should be hard for others to guess and kept where others cannot find it out. Passwords also need to be managed, for example changed regularly, so that nobody can misuse them by pretending to be someone else. If someone forgets a password and cannot get into the service, work is disrupted or needed data becomes unusable, so you also need ways to avoid forgetting (for example, recording passwords by a fixed rule and having someone other than the user keep the record in a separate place) and to recover them (for example, generating passwords from a method plus specific parameters and keeping the two apart). Check in advance whether the provider offers a password reset. If it does, check who requests a reset and who accepts it, how the requester’s identity is verified, and whether only specific people registered in advance can ask. If anyone can reset a password, there is a risk of abuse of rights and impersonation. And if the procedure takes long, for example because it is done by post only, be ready to keep working in the meantime.',
    ),
    subPoints: [
      {
        key: 'hard-to-guess',
        text: t(
          '他人に推測されにくいパスワードを設定し、他人に見破られないようにする',
          'Use passwords that are hard for others to guess, and keep them where others cannot find them out',
        ),
      },
      {
        key: 'prevent-impersonation',
        text: t(
          'パスワードは定期的に変更するなど、他人のなりすましによる悪用を防ぐように管理する',
          'Manage passwords, for example by changing them regularly, so that nobody can misuse them by pretending to be someone else',
        ),
      },
      {
        key: 'avoid-forgetting',
        text: t(
          'パスワードを忘れることがないよう管理する（一定のルールで記録し、利用者以外の者が別の場所でルールに基づいて保管する等）',
          'Make sure passwords are not forgotten (e.g. record them by a fixed rule and have someone other than the user keep the record elsewhere)',
        ),
      },
      {
        key: 'recovery-method',
        text: t(
          'パスワードを復元する方法を用意する（ある方法と特定のパラメータによって生成することとし、方法とパラメータを別々に管理する等）',
          'Have a way to recover passwords (e.g. generate them from a method plus specific parameters, and keep the method and the parameters apart)',
        ),
      },
      {
        key: 'reset-offered',
        text: t(
          'クラウド事業者がパスワードリセットの仕組みを提供しているかを確認する',
          'Check whether the provider offers a way to reset passwords',
        ),
      },
      {
        key: 'reset-procedure',
        text: t(
          'リセット要求を誰が出して誰が受け付けるのか、要求者の本人確認の仕組み、あらかじめ登録した特定の人からしか要求できないか等を確認する',
          'Check who requests a reset and who accepts it, how the requester’s identity is verified, and whether only specific people registered in advance can ask',
        ),
      },
      {
        key: 'reset-lead-time',
        text: t(
          'リセット手続のリードタイムが長い場合（郵送ベースだけ等）に、その間に支障をきたさない備えをする',
          'If a reset takes long (e.g. by post only), be ready to keep working in the meantime',
        ),
      },
    ],
    facts: [],
  },
  {
    key: 'item-08',
    number: 8,
    group: 'B',
    question: t('データの複製', 'Copies of your data'),
    content: t(
      'サービス停止等に備えて、重要情報を手元に確保して必要なときに使えるための備えはありますか？',
      'In case the service stops or something similar happens, have you made sure you keep important information in your own hands so you can use it when you need it?',
    ),
    explanation: t(
      'クラウドに置いた重要なデータの複製を定期的に取りましょう（「アーカイブ」と呼ばれる作業です）。万が一クラウドサービス上のデータが失われたときでも事業の継続・再開が可能なように、適切な間隔でクラウドサービスの外にデータの複製を作ることをお奨めします。例えば売上処理が終わったら売上台帳のデータのコピーを自社内のサーバに取る、テープやDVDに落として倉庫に保管する、などです。複製作業を適切に実行・運用できる体制を整えておくとよいでしょう。なお、クラウド事業者は通常、自動バックアップを標準機能として提供しているため、日常業務の中でユーザが頻繁にバックアップを実施する必要はない場合が多いと考えられます。事業者の実施内容を確認のうえ、万が一に備えるレベルでの複製（ローカルコピー、アーカイブ）で十分と考えられます。',
      'Regularly make copies of the important data you keep in the cloud (this is called “archiving”). So that you can keep the business going or restart it even if the data in the service were lost, it is recommended to copy it outside the service at suitable intervals; for example, after closing the sales figures, copy the sales ledger to a server in your office, or write it to tape or DVD and keep it in storage. It helps to organise who does this copying and how. Providers normally back up data automatically as a standard feature, so in daily work users often do not need to make frequent backups themselves. Once you have checked what the provider does, a copy kept just in case (a local copy or archive) should be enough.',
    ),
    subPoints: [
      {
        key: 'regular-copy',
        text: t(
          'クラウドに置いた重要なデータの複製を、適切な間隔でクラウドサービスの外に定期的に作る（アーカイブ）',
          'Regularly copy the important data kept in the cloud to somewhere outside the service, at suitable intervals (archiving)',
        ),
      },
      {
        key: 'copy-routine',
        text: t(
          '複製作業を適切に実行・運用できる体制を整える',
          'Organise who makes the copies and how, so that it actually gets done',
        ),
      },
      {
        key: 'provider-backup',
        text: t(
          'クラウド事業者の自動バックアップの実施内容を確認する',
          'Check what automatic backups the provider makes',
        ),
      },
    ],
    facts: [],
  },
];
