/**
 * Deadline vocabulary: words that mark a deadline, that make one vague,
 * recurring or ongoing.
 */
export const deadlineLexicon = {
  /** Labels that introduce a deadline (`完成时限：5月31日`). */
  deadlineLabels: ['完成时限', '完成时间', '时间节点', '时限要求', '办结时限', '截止时间', '截止日期', '时间安排', '完成期限', '时限'],
  /** Deadlines in words only. */
  vagueWords: ['规定时限内', '规定时间内', '尽快', '及时', '适时', '限期', '按时', '按期', '另行通知'],
  /** Work that never ends. */
  ongoingWords: ['长期坚持', '持续推进', '常态化', '长期', '持续开展', '长效', '经常性'],
};
