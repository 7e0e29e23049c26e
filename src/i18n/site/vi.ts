import type { SiteMessages } from './en';

/** The site's own words in Vietnamese (the reader is "bạn"; terms from src/i18n/glossary/vi.ts). */
export const messages: SiteMessages = {
	site: {
		title: 'Hướng dẫn khắc phục KYC',
	},
	sidebar: {
		startHere: 'Bắt đầu từ đây',
		home: 'Trang chủ',
		beforeYouStart: 'Trước khi bắt đầu',
		staySafe: 'An toàn trước lừa đảo',
		checkers: 'Công cụ kiểm tra',
	},
	categories: {
		'document-quality': {
			label: 'Chất lượng ảnh giấy tờ',
			summary: 'Ảnh giấy tờ tùy thân bị mờ, bị lóa, bị cắt mất góc, quá nhỏ hoặc thiếu sáng.',
		},
		'information-mismatch': {
			label: 'Thông tin không khớp',
			summary: 'Họ tên, ngày sinh hoặc quốc gia khác với giấy tờ tùy thân, hoặc giấy tờ đã hết hạn.',
		},
		'facial-verification': {
			label: 'Xác minh khuôn mặt',
			summary: 'Ảnh selfie hoặc bước kiểm tra người thật không đạt: ánh sáng, kính hay mũ, vị trí camera, cử động.',
		},
		'technical-issues': {
			label: 'Sự cố kỹ thuật',
			summary: 'Bước tải lên hoặc camera bị lỗi: trình duyệt, phiên bản ứng dụng, mạng hoặc hết thời gian phiên.',
		},
		'after-repeated-failures': {
			label: 'Sau nhiều lần thất bại',
			summary: 'Bạn bị từ chối nhiều lần: đọc lý do, chuẩn bị kỹ, liên hệ bộ phận hỗ trợ, đổi giấy tờ khác.',
		},
		'account-and-eligibility': {
			label: 'Tài khoản và điều kiện',
			summary:
				'Giấy tờ chứng minh địa chỉ, giấy tờ đã được sử dụng, thông tin đã xác nhận sai, xét duyệt lâu, tuổi hoặc khu vực, từ chối vĩnh viễn.',
		},
	},
	footer: {
		notice:
			'Đây là một hướng dẫn độc lập. Trang này không liên kết với Binance hay bất kỳ sàn giao dịch hoặc nhà cung cấp dịch vụ xác minh nào khác, cũng không do họ bảo trợ hay vận hành. Không ai từ trang này sẽ liên hệ với bạn, hỏi giấy tờ của bạn hay đòi bạn trả tiền. Trước khi nhận sự giúp đỡ của bất kỳ ai, hãy đọc {link}.',
		staySafeLink: 'An toàn trước lừa đảo KYC',
	},
	article: {
		inShort: 'Tóm tắt:',
		symptomsHeading: 'Có thể bạn đã thấy',
		checkerPrintNote: 'Trang này có một công cụ kiểm tra tương tác. Hãy dùng trực tuyến tại {url}',
	},
	searchForm: {
		label: 'Gõ hoặc dán thông báo bạn đã thấy',
		placeholder: 'ví dụ: The image is blurry',
		button: 'Tìm kiếm',
	},
	searchPage: {
		title: 'Tìm trong hướng dẫn',
		description:
			'Tìm trong Hướng dẫn khắc phục KYC bằng từ ngữ trong thông báo từ chối, bằng lời của chính bạn, hoặc gõ sai chính tả cũng được.',
		label: 'Thông báo từ chối ghi gì, hoặc đã có chuyện gì?',
		placeholder: 'ví dụ: ảnh bị lóa, tên không khớp',
		category: 'Nhóm lỗi',
		allCategories: 'Tất cả nhóm lỗi',
		emptyIntro: 'Hoặc bắt đầu từ loại vấn đề:',
		beforeYouStart: '{link}: danh sách cần kiểm tra cho lần thử tiếp theo.',
		beforeYouStartLink: 'Trước khi bắt đầu',
		noScript: 'Tính năng tìm kiếm cần JavaScript. Hãy xem các nhóm lỗi trong menu.',
		prompt: 'Gõ nội dung thông báo từ chối, hoặc mô tả điều đã xảy ra.',
		searching: 'Đang tìm…',
		correction: 'Đang hiện kết quả cho {corrected} (bạn đã gõ “{typed}”).',
		noResults: 'Không có trang nào khớp với “{query}”.',
		noResultsInCategory: 'Không có trang nào khớp với “{query}” trong nhóm {category}.',
		results: { other: 'Có {count} trang khớp.' },
		resultsInCategory: { other: 'Có {count} trang khớp trong nhóm {category}.' },
		resultsReduced: {
			other: 'Có {count} trang khớp với những từ chính trong thông báo của bạn.',
		},
		resultsReducedInCategory: {
			other: 'Có {count} trang khớp với những từ chính trong thông báo của bạn, trong nhóm {category}.',
		},
		loadError: 'Không tải được tính năng tìm kiếm. Hãy tải lại trang, hoặc xem các nhóm lỗi bên dưới.',
	},
	searchDialog: {
		correction: 'Đang hiện kết quả cho {corrected}.',
		seeAll: 'Xem tất cả kết quả trên trang tìm kiếm',
	},
	openSearch: {
		description: 'Vì sao xác minh danh tính (KYC) không thành công và cách khắc phục',
	},
	offline: {
		title: 'Bạn đang ngoại tuyến.',
		stored:
			'Hướng dẫn này, tính năng tìm kiếm và các công cụ kiểm tra vẫn hoạt động: chúng chạy trên thiết bị của bạn.',
		notStored:
			'Những gì trang này đã tải vẫn hoạt động trên thiết bị của bạn; các trang khác có thể chưa mở được cho đến khi bạn có mạng trở lại.',
	},
	figures: {
		labels: { right: 'Đạt', wrong: 'Không đạt', single: 'Một ảnh đạt yêu cầu' },
		examples: {
			'good-document': {
				caption:
					'Một ảnh giấy tờ đạt yêu cầu: cả tấm thẻ với một chút mặt bàn xung quanh, chiếm gần hết khung hình, rõ nét, nằm phẳng và đủ sáng đều, không bị lóa. (Một tấm thẻ mẫu.)',
				rightAlt:
					'Ảnh một thẻ căn cước nằm phẳng trên mặt bàn trơn, tối màu. Cả tấm thẻ nằm trong ảnh với một dải mặt bàn mỏng xung quanh, thẻ chiếm gần hết ảnh, rõ nét, ánh sáng đều, không có đốm sáng nào.',
			},
			blur: {
				caption:
					'Đạt: rõ nét, đọc được cả dòng chữ nhỏ nhất. Không đạt: cùng tấm thẻ đó bị mất nét; chữ nhỏ không còn đọc được, và công cụ kiểm tra ảnh đánh giá ảnh này là bị mờ.',
				rightAlt: 'Một thẻ căn cước được chụp rõ nét: mọi chữ cái của họ tên và ngày tháng đều có viền sắc.',
				wrongAlt: 'Cùng thẻ căn cước đó bị mất nét: các chữ cái nhòe, bị lem, và không đọc được chữ nhỏ.',
			},
			glare: {
				caption:
					'Đạt: mọi ký tự của các dòng mã đều hiện rõ. Không đạt: ánh đèn phản chiếu trên lớp nhựa tạo thành một đốm trắng đè lên các dòng mã, và các ký tự bên dưới biến mất.',
				rightAlt: 'Mặt sau một thẻ căn cước với ba dòng mã máy đọc, được chiếu sáng đều, mọi ký tự đều đọc được.',
				wrongAlt:
					'Cùng tấm thẻ đó với một đốm lóa trắng do đèn chiếu trên các dòng mã: các ký tự dưới đốm sáng đã biến mất.',
			},
			'cut-off': {
				caption:
					'Đạt: đủ bốn góc, với một khoảng mặt bàn nhỏ quanh thẻ. Không đạt: cạnh phải và các góc bên phải bị cắt mất, nên không thể kiểm tra toàn bộ tấm thẻ.',
				rightAlt: 'Một thẻ căn cước với đủ bốn góc trong ảnh và một dải mặt bàn mỏng hiện ra ở mọi phía.',
				wrongAlt: 'Cùng tấm thẻ đó bị lệch sang một bên: cạnh phải và cả hai góc bên phải nằm ngoài ảnh.',
			},
			'too-far': {
				caption:
					'Đạt: trang hộ chiếu chiếm gần hết khung hình, nên chữ có đủ điểm ảnh. Không đạt: chụp từ quá xa, trang hộ chiếu chỉ là một mảng nhỏ và chữ có quá ít điểm ảnh để đọc.',
				rightAlt:
					'Trang có ảnh của hộ chiếu chiếm gần hết bức ảnh, với một khoảng mặt bàn mỏng: hai dòng mã ở cuối đủ lớn để đọc.',
				wrongAlt:
					'Cùng trang hộ chiếu đó chụp từ quá xa: trang chỉ là một mảng nhỏ giữa mặt bàn và chữ quá nhỏ để đọc.',
			},
			shadow: {
				caption:
					'Đạt: ánh sáng đều trên cả tấm thẻ. Không đạt: bóng của điện thoại đổ lên phần bên trái của thẻ và che mất chi tiết của ảnh chân dung.',
				rightAlt: 'Một thẻ căn cước được chiếu sáng đều từ góc này sang góc kia.',
				wrongAlt:
					'Cùng tấm thẻ đó với một vệt bóng tối, như bóng điện thoại hay bàn tay, vắt ngang phần bên trái, đè lên ảnh chân dung.',
			},
			backlit: {
				caption:
					'Đạt: ánh sáng ở trước mặt bạn và phía sau là bức tường trơn. Không đạt: cửa sổ sáng ở sau lưng; camera chỉnh sáng theo cửa sổ, và khuôn mặt bạn bị tối.',
				rightAlt:
					'Ảnh selfie vẽ minh họa: một phụ nữ nhìn vào camera trước bức tường trơn, khuôn mặt được chiếu sáng đều và hiện rõ.',
				wrongAlt: 'Cùng người phụ nữ đó với cửa sổ sáng sau lưng: khuôn mặt tối và khó thấy chi tiết.',
			},
			'too-close': {
				caption:
					'Đạt: điện thoại cách một sải tay, nên cả đầu và phần trên vai đều nằm trong khung. Không đạt: quá gần; khuôn mặt tràn ra ngoài ảnh và trông bị méo.',
				rightAlt: 'Ảnh selfie vẽ minh họa với cả đầu và phần trên vai trong khung hình, khuôn mặt ở giữa.',
				wrongAlt:
					'Cùng khuôn mặt đó khi cầm điện thoại quá gần: khuôn mặt lấp kín cả ảnh, đỉnh đầu và hai tai bị cắt mất.',
			},
			sunglasses: {
				caption:
					'Đạt: không có gì trên mặt, thấy rõ cả hai mắt. Không đạt: kính râm che mắt, mà việc so khớp khuôn mặt cần thấy mắt. Hãy bỏ kính, mũ và khẩu trang.',
				rightAlt: 'Ảnh selfie vẽ minh họa một phụ nữ không có gì trên mặt: thấy rõ cả hai mắt.',
				wrongAlt: 'Cùng người phụ nữ đó đeo kính râm tối màu che mất mắt.',
			},
			moving: {
				caption:
					'Đạt: điện thoại và đầu được giữ yên. Không đạt: cử động trong lúc chụp; khuôn mặt bị nhòe sang ngang, và bước kiểm tra không so khớp được.',
				rightAlt: 'Ảnh selfie vẽ minh họa được giữ yên: đường viền khuôn mặt và đôi mắt đều rõ nét.',
				wrongAlt: 'Cùng ảnh selfie đó chụp trong lúc cử động: khuôn mặt bị nhòe sang ngang và đôi mắt bị nhân đôi.',
			},
		},
	},
	diagrams: {
		mrz: {
			label:
				'Vị trí của vùng đọc máy. Trên trang có ảnh của hộ chiếu, đó là hai dòng 44 ký tự dọc theo cuối trang. Trên thẻ căn cước, đó là ba dòng 30 ký tự, thường ở mặt sau của thẻ, dọc theo cạnh dưới.',
			caption:
				'Vùng đọc máy (MRZ) là khối các dòng mã có dấu <. Hãy giữ trọn vùng này trong ảnh, rõ nét và không bị lóa.',
			passport: 'Trang ảnh hộ chiếu',
			card: 'Thẻ căn cước, mặt sau',
			photo: 'Ảnh',
			mrz2: 'MRZ: 2 dòng × 44',
			mrz3: 'MRZ: 3 dòng × 30',
		},
		parallel: {
			label:
				'Nhìn từ bên cạnh: đạt, điện thoại được giữ phẳng phía trên giấy tờ, song song với giấy tờ, nên mọi phần đều cách camera như nhau. Không đạt, điện thoại bị nghiêng, nên một đầu giấy tờ gần hơn đầu kia và giấy tờ trông như hình thang.',
			caption: 'Giữ điện thoại phẳng phía trên giấy tờ, song song với giấy tờ, không nghiêng.',
			good: 'Đạt: song song',
			bad: 'Không đạt: nghiêng',
			phone: 'Điện thoại',
			document: 'Giấy tờ',
		},
		light: {
			label:
				'Ánh sáng nên đến từ đâu. Đạt: ánh sáng ban ngày từ cửa sổ bên cạnh chiếu xiên lên giấy tờ, và ánh phản chiếu đi ra xa camera. Không đạt: một ngọn đèn ngay phía trên giấy tờ phản chiếu thẳng vào camera thành vệt lóa.',
			caption:
				'Ánh sáng từ bên cạnh (cửa sổ) phản chiếu ra xa camera. Đèn ngay phía trên phản chiếu vào camera thành một đốm trắng.',
			good: 'Đạt: từ bên cạnh',
			bad: 'Không đạt: ngay trên',
			window: 'Cửa sổ',
			lamp: 'Đèn',
			reflection: 'Phản chiếu',
			glare: 'Lóa',
		},
		margin: {
			label:
				'Giấy tờ trong khung camera: thấy đủ bốn góc, một khoảng mặt bàn nhỏ quanh mọi cạnh, và giấy tờ chiếm gần hết khung hình.',
			caption: 'Đủ bốn góc trong khung, với một khoảng mặt bàn nhỏ ở mọi phía.',
			frame: 'Khung camera',
			margin: 'Khoảng trống nhỏ',
			corner: 'Đủ 4 góc',
		},
		face: {
			label:
				'Khuôn mặt trong khung khi chụp selfie: cả đầu từ đỉnh tóc đến cằm nằm trong khung bầu dục, khuôn mặt ở giữa, nhìn thẳng vào camera, thấy phần trên vai, và phía sau là nền trơn.',
			caption: 'Cả khuôn mặt nằm trong khung bầu dục, hai mắt ngang nhau, nhìn vào camera, vừa thấy vai.',
			head: 'Đỉnh đầu trong khung',
			chin: 'Cằm trong khung',
			eyes: 'Mắt ngang, nhìn ống kính',
			plain: 'Nền trơn',
		},
	},
};
