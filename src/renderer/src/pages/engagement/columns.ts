// The Engagement page's table columns that several tables share, each defined once: a post's title,
// its likes, and how a hashtag's or a sound's posts did.
import type { Column } from '../../components/DataTable';
import { formatDecimal } from '../../format';

/** A post's or video's title; an untitled one says so rather than leaving the cell blank. */
export const titleColumn = <Row extends { title: string }>(header: string, width: string): Column<Row> => ({
  key: 'title',
  header,
  value: (r) => r.title || '(no title)',
  width,
});

/** Likes of one post (empty when its export had no like count). */
export const likesColumn = <Row extends { likes: number | null }>(width: string): Column<Row> => ({
  key: 'likes',
  header: 'Likes',
  value: (r) => r.likes,
  align: 'right',
  width,
});

/** What a hashtag or a sound table shows after the name: how many posts used it, and how they did. */
export const usageColumns = <
  Row extends { uses: number; medianLikes: number | null; totalLikes: number },
>(): Column<Row>[] => [
  { key: 'uses', header: 'Posts', value: (r) => r.uses, align: 'right', width: '76px' },
  {
    key: 'median',
    header: 'Median likes',
    value: (r) => r.medianLikes,
    render: (r) => formatDecimal(r.medianLikes),
    align: 'right',
    width: '136px',
  },
  { key: 'total', header: 'Total likes', value: (r) => r.totalLikes, align: 'right', width: '104px' },
];
